MATCH (c:Case {id: $id})
SET c.retainUntil = date('2001-01-01')
RETURN c.id AS id
