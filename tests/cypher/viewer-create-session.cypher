// A test account with a live session: an administrator, a regional coordinator of some regions,
// or a professional (its organisation follows from the professional's current job).
CREATE (a:Account {id: $id, email: $email, role: $role, source: 'test'})
CREATE (s:Session {id: $sessionId, createdAt: datetime(), expiresAt: datetime($expiresAt)})-[:OF]->(a)
WITH a
CALL (a) {
  MATCH (p:Professional {id: $professionalId})
  CREATE (a)-[:IS]->(p)
  RETURN count(p) AS linked
}
CALL (a) {
  UNWIND $regionCodes AS code
  MATCH (r:Region {code: code})
  CREATE (a)-[:COORDINATES_REGION]->(r)
  RETURN count(r) AS regions
}
RETURN a.id AS id, linked, regions
