// The active ties starting at the given organisations or professionals ($type), each once (at
// its start node); the caller keeps those whose other end the export covers too.
UNWIND $ids AS id
CALL (id) {
  MATCH (a:Organisation {id: id})-[t:TIE]->(b:Organisation) WHERE $type = 'Organisation'
  RETURN a, t, b
  UNION
  MATCH (a:Professional {id: id})-[t:TIE]->(b:Professional) WHERE $type = 'Professional'
  RETURN a, t, b
}
WITH a, t, b
WHERE coalesce(t.status, 'ACTIVE') = 'ACTIVE'
RETURN t {.id, .kind, .strength, .assertedBy, .confirmedBy,
          type: $type, fromId: a.id, toId: b.id,
          lastConfirmedAt: toString(t.lastConfirmedAt),
          status: 'ACTIVE'} AS record
ORDER BY record.fromId, record.id
