// Declines a requested handover with a coded reason, atomically (see accept.cypher).
MATCH (h:Handover {id: $id})
SET h._lock = true
REMOVE h._lock
WITH h WHERE h.status = $from
SET h.status = $to, h.declinedAt = datetime(), h.declineReason = $declineReason
RETURN h.id AS id
