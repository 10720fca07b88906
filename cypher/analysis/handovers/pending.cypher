// Handovers of a region's cases (by the case's municipality) still waiting for an answer before
// $until: requested before it, and neither accepted nor declined before it. The caller counts
// the working days each has waited and keeps those past the service level.
MATCH (:Region {code: $regionCode})<-[:IN_REGION]-(:Municipality)<-[:IN_MUNICIPALITY]-(c:Case)
MATCH (c)-[:HAS_HANDOVER]->(h:Handover)
WHERE h.requestedAt < datetime($until)
  AND (h.status = 'REQUESTED' OR h.acceptedAt IS NOT NULL OR h.declinedAt IS NOT NULL)
  AND (h.acceptedAt IS NULL OR h.acceptedAt >= datetime($until))
  AND (h.declinedAt IS NULL OR h.declinedAt >= datetime($until))
MATCH (a:Organisation)<-[:FROM]-(h)-[:TO]->(b:Organisation)
RETURN c.id AS caseId, h.id AS handoverId, a.id AS fromId, b.id AS toId,
       h.requestedAt AS requestedAt
ORDER BY requestedAt, handoverId
