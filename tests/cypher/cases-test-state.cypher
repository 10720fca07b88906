// Everything the cases and handovers tests made, in detail: each case with its properties and
// relationships, and each of its handovers with theirs. Equal before and after a failed
// mutation means it changed nothing of theirs.
MATCH (c:Case)
WHERE c.id IN $caseIds
   OR EXISTS { MATCH (o:Organisation)-[:INVOLVED_IN]->(c) WHERE o.id STARTS WITH $prefix }
WITH c ORDER BY c.id
RETURN collect({
  case: properties(c),
  relationships: COLLECT {
    MATCH (c)-[r]-(other)
    WITH r, other, coalesce(other.id, other.key, other.code) AS otherId
    ORDER BY type(r), otherId
    RETURN [type(r), startNode(r) = c, otherId, properties(r)]
  },
  handovers: COLLECT {
    MATCH (c)-[:HAS_HANDOVER]->(h:Handover)
    WITH h ORDER BY h.id
    RETURN {
      handover: properties(h),
      relationships: COLLECT {
        MATCH (h)-[r]-(other)
        WITH r, coalesce(other.id, other.key, other.code) AS otherId
        ORDER BY type(r), otherId
        RETURN [type(r), otherId]
      }
    }
  }
}) AS state
