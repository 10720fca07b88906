// A new consultation table for one or more municipalities.
CREATE (t:ConsultationTable {id: $id, name: $name, kind: $kind, status: 'ACTIVE',
                             createdAt: datetime(), updatedAt: datetime(), source: $source})
WITH t
CALL (t) {
  UNWIND $municipalityCodes AS code
  MATCH (m:Municipality {code: code})
  MERGE (t)-[:FOR_MUNICIPALITY]->(m)
}
RETURN t.id AS id
