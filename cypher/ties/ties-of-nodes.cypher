// The active ties of organisations or professionals ($type) to active others, either direction,
// each with the node it was reached from as `perspective`, by kind and then id.
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Organisation {id: id}) WHERE $type = 'Organisation' RETURN n
  UNION
  MATCH (n:Professional {id: id}) WHERE $type = 'Professional' RETURN n
}
MATCH (n)-[t:TIE]-(other)
WHERE coalesce(t.status, 'ACTIVE') = 'ACTIVE' AND coalesce(other.status, 'ACTIVE') = 'ACTIVE'
WITH id, t, startNode(t) AS a, endNode(t) AS b
ORDER BY t.kind, t.id
WITH id, t, a, b,
     head(COLLECT { MATCH (p:Professional {id: t.assertedBy}) RETURN p }) AS asserter
RETURN id AS key,
       collect(t {.id, .kind, .strength, .source, .confirmedBy,
                  status: coalesce(t.status, 'ACTIVE'),
                  assertedBy: coalesce(asserter.name, t.assertedBy),
                  assertedByProfessionalId: asserter.id,
                  assertedAt: toString(t.assertedAt),
                  lastConfirmedAt: toString(t.lastConfirmedAt),
                  from: {type: $type, id: a.id},
                  to: {type: $type, id: b.id},
                  perspective: id}) AS ties
