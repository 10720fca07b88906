// A requested handover inside a case, from one organisation (and professional) to another.
MATCH (c:Case {id: $caseId})
MATCH (from:Organisation {id: $fromOrganisationId})
MATCH (to:Organisation {id: $toOrganisationId})
CREATE (h:Handover {
  id: $id, reason: $reason, legalBasis: $legalBasis, warm: $warm,
  status: 'REQUESTED', requestedAt: datetime()
})
CREATE (c)-[:HAS_HANDOVER]->(h), (h)-[:FROM]->(from), (h)-[:TO]->(to)
SET c.updatedAt = datetime()
WITH h
CALL (h) {
  MATCH (p:Professional {id: $fromProfessionalId})
  CREATE (h)-[:FROM_PROFESSIONAL]->(p)
}
CALL (h) {
  MATCH (p:Professional {id: $toProfessionalId})
  CREATE (h)-[:TO_PROFESSIONAL]->(p)
}
RETURN h.id AS id
