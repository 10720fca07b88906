// Seats at consultation tables for organisations and professionals ($type per row), since a
// date; a seat that exists is left as it is.
// Dates and date-times arrive as temporal values (writeInBatches `temporal`), not strings.
UNWIND $rows AS row
MATCH (t:ConsultationTable {id: row.tableId})
CALL (row) {
  MATCH (n:Organisation {id: row.memberId}) WHERE row.type = 'Organisation' RETURN n
  UNION
  MATCH (n:Professional {id: row.memberId}) WHERE row.type = 'Professional' RETURN n
}
WITH t, n, row
WHERE NOT EXISTS { (n)-[:MEMBER_OF]->(t) }
CREATE (n)-[:MEMBER_OF {since: row.since}]->(t)
RETURN count(*) AS written
