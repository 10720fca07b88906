// A new case about a subject (the pseudonym; created when first seen), in a municipality,
// with its needs, optionally at a school, and the registering organisation involved in it.
// subjectKnown: the subject already had a case, so this is a co-involvement.
MATCH (m:Municipality {code: $municipalityCode})
MATCH (o:Organisation {id: $organisationId})
MERGE (s:Subject {key: $subjectKey})
WITH m, o, s, COUNT { (s)<-[:CONCERNS]-(:Case) } AS earlierCases
CREATE (c:Case {
  id: $id, kind: $kind, status: 'OPEN', age: $age, riskIndicators: $riskIndicators,
  openedAt: date($openedAt), retainUntil: date($retainUntil),
  createdAt: datetime(), updatedAt: datetime()
})
CREATE (c)-[:CONCERNS]->(s)
CREATE (c)-[:IN_MUNICIPALITY]->(m)
CREATE (o)-[:INVOLVED_IN {since: datetime(), role: 'REGISTERED'}]->(c)
WITH c, earlierCases
CALL (c) {
  UNWIND $needs AS code
  MATCH (n:Need {code: code})
  MERGE (c)-[:NEEDS]->(n)
}
CALL (c) {
  MATCH (school:Organisation {id: $schoolId})
  CREATE (c)-[:AT_SCHOOL]->(school)
}
RETURN c.id AS id, earlierCases > 0 AS subjectKnown
