// Creates or updates consultation tables from an import, replacing their municipalities.
UNWIND $rows AS row
MERGE (t:ConsultationTable {id: row.id})
  ON CREATE SET t.createdAt = datetime()
SET t.name = row.name, t.kind = row.kind, t.status = row.status, t.source = $source,
    t.updatedAt = datetime(),
    t.archivedAt = CASE WHEN row.status = 'ARCHIVED' THEN coalesce(t.archivedAt, datetime()) END
WITH t, row
CALL (t) {
  MATCH (t)-[old:FOR_MUNICIPALITY]->()
  DELETE old
}
CALL (t, row) {
  UNWIND row.municipalityCodes AS code
  MATCH (m:Municipality {code: code})
  MERGE (t)-[:FOR_MUNICIPALITY]->(m)
}
RETURN count(t) AS written
