// The organisations involved in synthetic cases: the one that registered it, those that accepted
// a handover. An involvement that exists is left as it is.
// Dates and date-times arrive as temporal values (writeInBatches `temporal`), not strings.
UNWIND $rows AS row
MATCH (c:Case {id: row.caseId})
MATCH (o:Organisation {id: row.organisationId})
WHERE NOT EXISTS { (o)-[:INVOLVED_IN]->(c) }
CREATE (o)-[:INVOLVED_IN {since: row.since, role: row.role}]->(c)
RETURN count(*) AS written
