UNWIND $ids AS id
MATCH (c:Case)-[:HAS_HANDOVER]->(h:Handover {id: id})-[:TO]->(to:Organisation)
RETURN h.id AS id, c.id AS caseId, to.id AS toOrganisationId
