// Synthetic organisations (seeds/generator) with the municipalities they serve, what they offer
// and, for schools, their samenwerkingsverband (loaded after the SWVs). MERGE on ids: loading
// again changes nothing.
// Dates and date-times arrive as temporal values (writeInBatches `temporal`), not strings.
UNWIND $rows AS row
MERGE (o:Organisation {id: row.id})
  ON CREATE SET o.status = 'ACTIVE',
                o.createdAt = row.createdAt, o.updatedAt = row.createdAt
SET o.name = row.name, o.kind = row.kind, o.source = $source,
    o.brin = row.brin, o.kvk = row.kvk, o.swvCode = row.swvCode
WITH o, row
CALL (o, row) {
  UNWIND row.municipalityCodes AS code
  MATCH (m:Municipality {code: code})
  MERGE (o)-[:SERVES]->(m)
}
CALL (o, row) {
  UNWIND row.offers AS need
  MATCH (n:Need {code: need})
  MERGE (o)-[:OFFERS]->(n)
}
CALL (o, row) {
  MATCH (swv:Organisation {id: row.swvId})
  MERGE (o)-[:MEMBER_OF_SWV]->(swv)
}
RETURN count(*) AS written
