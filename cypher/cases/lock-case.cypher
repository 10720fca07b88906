// Takes the case's write lock before anything else in the transaction, so that the checks and
// writes after it see the case as it is and concurrent writers to the same case wait their turn
// (the lost-update pattern of the Neo4j manual). The marker property is gone again at commit.
MATCH (c:Case {id: $id})
SET c._lock = true
REMOVE c._lock
RETURN c.status AS status, c.kind AS kind, c.age AS age, toString(c.openedAt) AS openedAt
