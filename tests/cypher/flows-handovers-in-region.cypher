// Test: every handover of a region's cases requested from $from before $until, counted apart
// from the analysis (no grouping), to check that the flows add up.
MATCH (:Region {code: $regionCode})<-[:IN_REGION]-(:Municipality)<-[:IN_MUNICIPALITY]-(c:Case)
      -[:HAS_HANDOVER]->(h:Handover)
WHERE h.requestedAt >= datetime($from) AND h.requestedAt < datetime($until)
RETURN count(h) AS handovers
