// Seats at consultation tables from an import: a new seat, or a new first day for a current one.
UNWIND $rows AS row
MATCH (t:ConsultationTable {id: row.tableId})
CALL (row) {
  MATCH (n:Organisation {id: row.memberId}) WHERE row.memberType = 'Organisation' RETURN n
  UNION
  MATCH (n:Professional {id: row.memberId}) WHERE row.memberType = 'Professional' RETURN n
}
OPTIONAL MATCH (n)-[current:MEMBER_OF]->(t) WHERE current.until IS NULL
WITH row, t, n, head(collect(current)) AS seat
FOREACH (_ IN CASE WHEN seat IS NULL THEN [1] ELSE [] END |
  CREATE (n)-[:MEMBER_OF {since: date(row.since)}]->(t))
FOREACH (_ IN CASE WHEN seat IS NOT NULL THEN [1] ELSE [] END |
  SET seat.since = date(row.since))
SET t.updatedAt = datetime()
RETURN count(row) AS written
