// Corrects a case: kind, age and risk indicators as given (retainUntil follows them); a list
// of needs, a municipality or a school given replaces the old one; a null school removes it.
MATCH (c:Case {id: $id})
SET c.kind = $kind, c.age = $age,
    c.riskIndicators = coalesce($riskIndicators, c.riskIndicators),
    c.retainUntil = date($retainUntil), c.updatedAt = datetime()
WITH c
CALL (c) {
  WITH c WHERE $needs IS NOT NULL
  OPTIONAL MATCH (c)-[old:NEEDS]->()
  DELETE old
  WITH DISTINCT c
  UNWIND $needs AS code
  MATCH (n:Need {code: code})
  MERGE (c)-[:NEEDS]->(n)
}
CALL (c) {
  WITH c WHERE $municipalityCode IS NOT NULL
  OPTIONAL MATCH (c)-[old:IN_MUNICIPALITY]->()
  DELETE old
  WITH DISTINCT c
  MATCH (m:Municipality {code: $municipalityCode})
  CREATE (c)-[:IN_MUNICIPALITY]->(m)
}
CALL (c) {
  WITH c WHERE $setSchool
  OPTIONAL MATCH (c)-[old:AT_SCHOOL]->()
  DELETE old
  WITH DISTINCT c
  MATCH (school:Organisation {id: $schoolId})
  CREATE (c)-[:AT_SCHOOL]->(school)
}
RETURN c.id AS id
