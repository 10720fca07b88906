// Accepts a requested handover, atomically: the handover's lock is taken before its status is
// read, so of two concurrent accepts exactly one finds it still $from. The receiving
// organisation becomes involved in the case in the same transaction. No row: not $from.
MATCH (h:Handover {id: $id})
SET h._lock = true
REMOVE h._lock
WITH h WHERE h.status = $from
SET h.status = $to, h.acceptedAt = datetime()
WITH h
MATCH (c:Case)-[:HAS_HANDOVER]->(h)-[:TO]->(to:Organisation)
MERGE (to)-[r:INVOLVED_IN]->(c)
  ON CREATE SET r.since = datetime(), r.role = 'HANDOVER'
SET c.updatedAt = datetime()
RETURN h.id AS id
