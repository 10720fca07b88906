// Synthetic consultation tables and the municipalities they are for. MERGE on ids.
// Dates and date-times arrive as temporal values (writeInBatches `temporal`), not strings.
UNWIND $rows AS row
MERGE (t:ConsultationTable {id: row.id})
  ON CREATE SET t.name = row.name, t.kind = row.kind, t.status = 'ACTIVE',
                t.createdAt = row.createdAt, t.updatedAt = row.createdAt,
                t.source = $source
WITH t, row
CALL (t, row) {
  UNWIND row.municipalityCodes AS code
  MATCH (m:Municipality {code: code})
  MERGE (t)-[:FOR_MUNICIPALITY]->(m)
}
RETURN count(*) AS written
