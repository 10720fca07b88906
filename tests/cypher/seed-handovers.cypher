// Handovers by id: their case, ends, status and when they were requested.
UNWIND $ids AS id
MATCH (c:Case)-[:HAS_HANDOVER]->(h:Handover {id: id})-[:FROM]->(from:Organisation)
MATCH (h)-[:TO]->(to:Organisation)
RETURN h.id AS id, c.id AS caseId, from.id AS fromId, to.id AS toId, h.status AS status,
       toString(h.requestedAt) AS requestedAt
