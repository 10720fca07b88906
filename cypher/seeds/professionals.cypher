// Synthetic professionals: their job (WORKS_AT from a date, or from an unknown date; no `to`:
// current) and expertise. MERGE on ids; the relationships come with a new professional only.
// Dates and date-times arrive as temporal values (writeInBatches `temporal`), not strings.
UNWIND $rows AS row
MATCH (o:Organisation {id: row.organisationId})
MERGE (p:Professional {id: row.id})
  ON CREATE SET p.name = row.name, p.role = row.role, p.email = row.email, p.status = 'ACTIVE',
                p.createdAt = row.createdAt, p.updatedAt = row.createdAt,
                p.source = $source
WITH o, p, row
WHERE NOT EXISTS { (p)-[:WORKS_AT]->() }
CREATE (p)-[w:WORKS_AT]->(o)
SET w.from = row.from
WITH p, row
CALL (p, row) {
  UNWIND row.expertise AS code
  MATCH (n:Need {code: code})
  CREATE (p)-[:HAS_EXPERTISE]->(n)
}
RETURN count(*) AS written
