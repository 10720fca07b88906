// A successful sign-in: a fresh session, and the failure count starts again.
MATCH (a:Account {id: $accountId})
SET a.failedAttempts = 0, a.lockedUntil = null, a.lastSignInAt = datetime()
CREATE (s:Session {id: $sessionId, createdAt: datetime(), expiresAt: datetime($expiresAt)})-[:OF]->(a)
RETURN s.id AS sessionId
