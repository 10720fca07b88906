// Synthetic cases, as cases/register.cypher stores them: the subject (a pseudonym; created when
// first seen), the municipality, needs, school and the coordinator holding the regie. MERGE on
// ids; the relationships come with a new case only.
// Dates and date-times arrive as temporal values (writeInBatches `temporal`), not strings.
UNWIND $rows AS row
MATCH (m:Municipality {code: row.municipalityCode})
MERGE (c:Case {id: row.id})
  ON CREATE SET c.kind = row.kind, c.status = row.status, c.age = row.age,
                c.riskIndicators = row.riskIndicators,
                c.openedAt = row.openedAt, c.closedAt = row.closedAt,
                c.retainUntil = row.retainUntil,
                c.createdAt = row.createdAt, c.updatedAt = row.updatedAt
WITH m, c, row
WHERE NOT EXISTS { (c)-[:CONCERNS]->() }
MERGE (s:Subject {key: row.subjectKey})
CREATE (c)-[:CONCERNS]->(s), (c)-[:IN_MUNICIPALITY]->(m)
WITH c, row
CALL (c, row) {
  UNWIND row.needs AS code
  MATCH (n:Need {code: code})
  CREATE (c)-[:NEEDS]->(n)
}
CALL (c, row) {
  MATCH (school:Organisation {id: row.schoolId})
  CREATE (c)-[:AT_SCHOOL]->(school)
}
CALL (c, row) {
  MATCH (p:Professional {id: row.coordinatorId})
  CREATE (p)-[:COORDINATES {since: row.coordinatorSince}]->(c)
}
RETURN count(*) AS written
