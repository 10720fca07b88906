// Each case's handovers in the order they were requested: its journey.
UNWIND $ids AS id
MATCH (:Case {id: id})-[:HAS_HANDOVER]->(h:Handover)
WITH id, h ORDER BY h.requestedAt, h.id
RETURN id AS key, collect(h.id) AS ids
