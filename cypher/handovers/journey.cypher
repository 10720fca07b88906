// A case's journey: the organisation that registered it, and each handover in the order it
// was requested with the organisations it went between.
MATCH (c:Case {id: $caseId})
RETURN [(o:Organisation)-[:INVOLVED_IN {role: 'REGISTERED'}]->(c) | o {.id, .name, .kind}][0]
         AS start,
       COLLECT {
         MATCH (c)-[:HAS_HANDOVER]->(h:Handover)-[:FROM]->(from:Organisation)
         MATCH (h)-[:TO]->(to:Organisation)
         WITH h, from, to ORDER BY h.requestedAt, h.id
         RETURN {handoverId: h.id, status: h.status, warm: h.warm,
                 from: from {.id, .name, .kind}, to: to {.id, .name, .kind}}
       } AS steps
