// Moves a test handover's request back in time, to measure how long acceptance took.
MATCH (h:Handover {id: $id})
SET h.requestedAt = h.requestedAt - duration({hours: $hours})
RETURN h.id AS id
