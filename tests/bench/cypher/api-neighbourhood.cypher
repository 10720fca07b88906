// Hand-written equivalent of `neighbourhood(id, depth: 1 or 2)` around an organisation with the
// default filter (TIE, WORKS_AT, MEMBER_OF, MEMBER_OF_SWV; active ties, current jobs and seats,
// active nodes): the nodes within $depth steps (at most $limit) and every such edge among them.
MATCH (c:Organisation {id: $id})
CALL (c) {
  MATCH (c)-[r:TIE|WORKS_AT|MEMBER_OF|MEMBER_OF_SWV]-(b)
  WHERE (type(r) <> 'TIE' OR coalesce(r.status, 'ACTIVE') = 'ACTIVE')
    AND (type(r) <> 'WORKS_AT' OR r.to IS NULL)
    AND (type(r) <> 'MEMBER_OF' OR r.until IS NULL)
    AND (b:Organisation OR b:Professional OR b:ConsultationTable)
    AND coalesce(b.status, 'ACTIVE') = 'ACTIVE'
  RETURN collect(DISTINCT b)[..$limit - 1] AS first
}
CALL (c, first) {
  UNWIND CASE WHEN $depth >= 2 THEN first ELSE [] END AS a
  MATCH (a)-[r:TIE|WORKS_AT|MEMBER_OF|MEMBER_OF_SWV]-(b)
  WHERE (type(r) <> 'TIE' OR coalesce(r.status, 'ACTIVE') = 'ACTIVE')
    AND (type(r) <> 'WORKS_AT' OR r.to IS NULL)
    AND (type(r) <> 'MEMBER_OF' OR r.until IS NULL)
    AND (b:Organisation OR b:Professional OR b:ConsultationTable)
    AND coalesce(b.status, 'ACTIVE') = 'ACTIVE'
    AND b <> c AND NOT b IN first
  RETURN collect(DISTINCT b) AS found
}
WITH c, first, found[..$limit - 1 - size(first)] AS second
WITH [[c, 0]] + [n IN first | [n, 1]] + [n IN second | [n, 2]] AS entries
WITH entries, [entry IN entries | entry[0]] AS inside
CALL (inside) {
  UNWIND inside AS a
  MATCH (a)-[r:TIE|WORKS_AT|MEMBER_OF|MEMBER_OF_SWV]-(b)
  WHERE (type(r) <> 'TIE' OR coalesce(r.status, 'ACTIVE') = 'ACTIVE')
    AND (type(r) <> 'WORKS_AT' OR r.to IS NULL)
    AND (type(r) <> 'MEMBER_OF' OR r.until IS NULL)
    AND elementId(a) < elementId(b) AND b IN inside
  RETURN collect({id: r.id, relation: type(r), tieKind: r.kind,
                  source: coalesce(a.id, a.code), target: coalesce(b.id, b.code)}) AS edges
}
UNWIND entries AS entry
WITH edges, entry[0] AS n, entry[1] AS distance
RETURN collect({key: coalesce(n.id, n.code), label: n.name, kind: coalesce(n.kind, n.role),
                distance: distance,
                type: CASE WHEN n:Organisation THEN 'Organisation'
                           WHEN n:Professional THEN 'Professional'
                           ELSE 'ConsultationTable' END}) AS nodes,
       edges
