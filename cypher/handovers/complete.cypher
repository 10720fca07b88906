// Completes an accepted handover, atomically (see accept.cypher).
MATCH (h:Handover {id: $id})
SET h._lock = true
REMOVE h._lock
WITH h WHERE h.status = $from
SET h.status = $to, h.completedAt = datetime()
RETURN h.id AS id
