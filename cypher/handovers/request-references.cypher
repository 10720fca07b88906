// What a handover request refers to, checked in one read after the case's lock is taken:
// both organisations, whether the sender holds the case, the professionals and whether they
// work there now (a WORKS_AT without `to`), and whether an unfinished handover between the
// two already exists for this case.
MATCH (c:Case {id: $caseId})
OPTIONAL MATCH (from:Organisation {id: $fromOrganisationId})
OPTIONAL MATCH (to:Organisation {id: $toOrganisationId})
OPTIONAL MATCH (fromProfessional:Professional {id: $fromProfessionalId})
OPTIONAL MATCH (toProfessional:Professional {id: $toProfessionalId})
RETURN from IS NOT NULL AS fromFound,
       CASE WHEN to IS NULL THEN null ELSE coalesce(to.status, 'ACTIVE') END AS toStatus,
       from IS NOT NULL AND EXISTS { (from)-[:INVOLVED_IN]->(c) } AS fromInvolved,
       fromProfessional IS NOT NULL AS fromProfessionalFound,
       fromProfessional IS NOT NULL AND from IS NOT NULL
         AND EXISTS { MATCH (fromProfessional)-[w:WORKS_AT]->(from) WHERE w.to IS NULL }
         AS fromProfessionalWorksThere,
       toProfessional IS NOT NULL AS toProfessionalFound,
       toProfessional IS NOT NULL AND to IS NOT NULL
         AND EXISTS { MATCH (toProfessional)-[w:WORKS_AT]->(to) WHERE w.to IS NULL }
         AS toProfessionalWorksThere,
       from IS NOT NULL AND to IS NOT NULL AND EXISTS {
         MATCH (c)-[:HAS_HANDOVER]->(h:Handover)-[:TO]->(to)
         WHERE h.status IN ['REQUESTED', 'ACCEPTED'] AND EXISTS { (h)-[:FROM]->(from) }
       } AS unfinishedBetween
