// Ping-pong in a region's cases (by the case's municipality): within one case a handover A → B
// followed by a handover B → A, the second requested before $until.
MATCH (:Region {code: $regionCode})<-[:IN_REGION]-(:Municipality)<-[:IN_MUNICIPALITY]-(c:Case)
MATCH (c)-[:HAS_HANDOVER]->(there:Handover)-[:FROM]->(a:Organisation),
      (there)-[:TO]->(b:Organisation),
      (c)-[:HAS_HANDOVER]->(back:Handover)-[:FROM]->(b),
      (back)-[:TO]->(a)
WHERE a <> b
  AND back.requestedAt < datetime($until)
  AND (there.requestedAt < back.requestedAt
       OR (there.requestedAt = back.requestedAt AND there.id < back.id))
RETURN c.id AS caseId, [there.id, back.id] AS handoverIds, [a.id, b.id] AS organisationIds,
       back.requestedAt AS returnedAt
ORDER BY returnedAt, caseId
