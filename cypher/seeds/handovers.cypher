// Synthetic handovers, as handovers/create.cypher and the lifecycle statements store them:
// between two organisations (and professionals), with their times and status. MERGE on ids;
// the relationships come with a new handover only.
// Dates and date-times arrive as temporal values (writeInBatches `temporal`), not strings.
UNWIND $rows AS row
MATCH (c:Case {id: row.caseId})
MATCH (from:Organisation {id: row.fromOrganisationId})
MATCH (to:Organisation {id: row.toOrganisationId})
MERGE (h:Handover {id: row.id})
  ON CREATE SET h.reason = row.reason, h.legalBasis = row.legalBasis, h.warm = row.warm,
                h.status = row.status, h.declineReason = row.declineReason,
                h.requestedAt = row.requestedAt,
                h.acceptedAt = row.acceptedAt,
                h.declinedAt = row.declinedAt,
                h.completedAt = row.completedAt
WITH c, from, to, h, row
WHERE NOT EXISTS { (h)-[:FROM]->() }
CREATE (c)-[:HAS_HANDOVER]->(h), (h)-[:FROM]->(from), (h)-[:TO]->(to)
WITH h, row
CALL (h, row) {
  MATCH (p:Professional {id: row.fromProfessionalId})
  CREATE (h)-[:FROM_PROFESSIONAL]->(p)
}
CALL (h, row) {
  MATCH (p:Professional {id: row.toProfessionalId})
  CREATE (h)-[:TO_PROFESSIONAL]->(p)
}
RETURN count(*) AS written
