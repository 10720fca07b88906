UNWIND $ids AS id
MATCH (c:Case)-[:HAS_HANDOVER]->(h:Handover {id: id})
MATCH (h)-[:FROM]->(from:Organisation)
MATCH (h)-[:TO]->(to:Organisation)
RETURN h.id AS id, h.reason AS reason, h.legalBasis AS legalBasis, h.warm AS warm,
       h.status AS status, h.declineReason AS declineReason,
       toString(h.requestedAt) AS requestedAt, toString(h.acceptedAt) AS acceptedAt,
       toString(h.declinedAt) AS declinedAt, toString(h.completedAt) AS completedAt,
       c.id AS caseId, from.id AS fromOrganisationId, to.id AS toOrganisationId,
       [(h)-[:FROM_PROFESSIONAL]->(p:Professional) | p.id][0] AS fromProfessionalId,
       [(h)-[:TO_PROFESSIONAL]->(p:Professional) | p.id][0] AS toProfessionalId
