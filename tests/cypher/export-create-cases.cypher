// Bare cases for the export test's counts: an id of the test's own, a kind and a municipality.
UNWIND $cases AS row
MATCH (m:Municipality {code: row.municipalityCode})
CREATE (c:Case {id: row.id, kind: row.kind, status: 'OPEN', age: 15})-[:IN_MUNICIPALITY]->(m)
RETURN count(c) AS created
