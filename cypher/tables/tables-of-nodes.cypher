// The active tables organisations or professionals ($type) sit at now, by name.
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Organisation {id: id}) WHERE $type = 'Organisation' RETURN n
  UNION
  MATCH (n:Professional {id: id}) WHERE $type = 'Professional' RETURN n
}
MATCH (n)-[s:MEMBER_OF]->(t:ConsultationTable)
WHERE s.until IS NULL AND coalesce(t.status, 'ACTIVE') = 'ACTIVE'
WITH id, t ORDER BY toLower(t.name), t.id
RETURN id AS key,
       collect(t {.id, .name, .kind, .source,
                  status: coalesce(t.status, 'ACTIVE'),
                  createdAt: toString(t.createdAt), updatedAt: toString(t.updatedAt)}) AS tables
