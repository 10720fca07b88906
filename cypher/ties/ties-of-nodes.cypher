// The active ties of organisations or professionals ($type) to active others, either direction,
// each with the node it was reached from as `perspective`, by kind and then id; and each tie's
// other end as organisations-by-id or professionals-by-id return it (`neighbours`, same order),
// so that `Tie.neighbour` needs no second statement.
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Organisation {id: id}) WHERE $type = 'Organisation' RETURN n
  UNION
  MATCH (n:Professional {id: id}) WHERE $type = 'Professional' RETURN n
}
MATCH (n)-[t:TIE]-(other)
WHERE coalesce(t.status, 'ACTIVE') = 'ACTIVE' AND coalesce(other.status, 'ACTIVE') = 'ACTIVE'
WITH id, t, other, startNode(t) AS a, endNode(t) AS b
ORDER BY t.kind, t.id
WITH id, t, other, a, b,
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
                  perspective: id}) AS ties,
       collect(CASE $type
         WHEN 'Organisation' THEN
           other {.id, .name, .kind, .brin, .kvk, .swvCode, .source,
                  status: coalesce(other.status, 'ACTIVE'),
                  createdAt: toString(other.createdAt), updatedAt: toString(other.updatedAt),
                  offers: [(other)-[:OFFERS]->(need:Need) | need.code]}
         ELSE
           other {.id, .name, .role, .email, .phone, .source,
                  status: coalesce(other.status, 'ACTIVE'),
                  createdAt: toString(other.createdAt), updatedAt: toString(other.updatedAt),
                  organisationId: head(COLLECT {
                    MATCH (other)-[w:WORKS_AT]->(o:Organisation) WHERE w.to IS NULL RETURN o.id
                  })}
       END) AS neighbours
