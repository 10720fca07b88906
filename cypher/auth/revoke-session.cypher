MATCH (s:Session {id: $sessionId})
SET s.revokedAt = datetime()
RETURN s.id AS sessionId
