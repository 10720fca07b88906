// Marks notifications of the organisation as read (the first time only); others are untouched.
UNWIND $ids AS id
MATCH (n:Notification {id: id})-[:FOR]->(:Organisation {id: $organisationId})
SET n.readAt = coalesce(n.readAt, datetime())
RETURN n.id AS id
