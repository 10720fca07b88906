// The active organisations serving any municipality of a region, and the active ties among them.
MATCH (:Region {code: $code})<-[:IN_REGION]-(:Municipality)<-[:SERVES]-(o:Organisation)
WHERE coalesce(o.status, 'ACTIVE') = 'ACTIVE'
WITH collect(DISTINCT o) AS organisations
CALL (organisations) {
  UNWIND organisations AS a
  MATCH (a)-[t:TIE]->(b:Organisation)
  WHERE b IN organisations AND coalesce(t.status, 'ACTIVE') = 'ACTIVE'
  RETURN collect({id: t.id, source: a.id, target: b.id, kind: t.kind}) AS ties
}
RETURN [o IN organisations | o {.id, .name, .kind}] AS organisations, ties
