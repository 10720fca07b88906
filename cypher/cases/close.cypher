// Closes an open case on $closedAt. The caller holds the case's lock and has checked it is open.
MATCH (c:Case {id: $id})
WHERE c.status = 'OPEN'
SET c.status = 'CLOSED', c.closedAt = date($closedAt), c.updatedAt = datetime()
RETURN c.id AS id
