// Synthetic ties between professionals, with provenance; the id is the active key
// "<lower id>~<higher id>~<kind>" (migration 0005). MERGE between the two ends (an expand from
// them, never a scan of all ties): loading again changes nothing.
// Dates and date-times arrive as temporal values (writeInBatches `temporal`), not strings.
UNWIND $rows AS row
MATCH (a:Professional {id: row.fromId})
MATCH (b:Professional {id: row.toId})
MERGE (a)-[t:TIE {id: row.id}]->(b)
  ON CREATE SET t.kind = row.kind, t.strength = row.strength, t.status = 'ACTIVE',
                t.activeKey = row.activeKey, t.assertedBy = $assertedBy,
                t.assertedAt = row.assertedAt, t.source = $source,
                t.lastConfirmedAt = row.lastConfirmedAt
RETURN count(*) AS written
