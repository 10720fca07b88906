// The current, active staff of organisations, by name (as staff-of-organisations), each with
// their active ties to active professionals and those ties' other ends (as ties-of-nodes
// returns them for professionals): one statement for `professionals { ties { … } }`.
UNWIND $ids AS id
MATCH (:Organisation {id: id})<-[w:WORKS_AT]-(p:Professional)
WHERE w.to IS NULL AND coalesce(p.status, 'ACTIVE') = 'ACTIVE'
WITH id, p ORDER BY toLower(p.name), p.id
CALL (p) {
  OPTIONAL MATCH (p)-[t:TIE]-(other)
  WHERE coalesce(t.status, 'ACTIVE') = 'ACTIVE' AND coalesce(other.status, 'ACTIVE') = 'ACTIVE'
  WITH t, other ORDER BY t.kind, t.id
  WITH t, other, startNode(t) AS a, endNode(t) AS b,
       head(COLLECT { MATCH (q:Professional {id: t.assertedBy}) RETURN q }) AS asserter
  RETURN collect(t {.id, .kind, .strength, .source, .confirmedBy,
                    status: coalesce(t.status, 'ACTIVE'),
                    assertedBy: coalesce(asserter.name, t.assertedBy),
                    assertedByProfessionalId: asserter.id,
                    assertedAt: toString(t.assertedAt),
                    lastConfirmedAt: toString(t.lastConfirmedAt),
                    from: {type: 'Professional', id: a.id},
                    to: {type: 'Professional', id: b.id},
                    perspective: p.id}) AS ties,
         collect(other {.id, .name, .role, .email, .phone, .source,
                        status: coalesce(other.status, 'ACTIVE'),
                        createdAt: toString(other.createdAt),
                        updatedAt: toString(other.updatedAt),
                        organisationId: head(COLLECT {
                          MATCH (other)-[j:WORKS_AT]->(o:Organisation) WHERE j.to IS NULL
                          RETURN o.id
                        })}) AS neighbours
}
RETURN id AS key,
       collect(p {.id, .name, .role, .email, .phone, .source,
                  status: coalesce(p.status, 'ACTIVE'),
                  createdAt: toString(p.createdAt), updatedAt: toString(p.updatedAt),
                  organisationId: id, ties: ties, neighbours: neighbours}) AS professionals
