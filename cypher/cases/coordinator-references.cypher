// Whether the professional exists, is active, and has a current job (a WORKS_AT without `to`)
// at an organisation involved in the case: the regie stays with those that have the case.
OPTIONAL MATCH (p:Professional {id: $professionalId})
RETURN p IS NOT NULL AS found,
       coalesce(p.status, 'ACTIVE') = 'ACTIVE' AS active,
       p IS NOT NULL AND EXISTS {
         MATCH (p)-[w:WORKS_AT]->(:Organisation)-[:INVOLVED_IN]->(:Case {id: $caseId})
         WHERE w.to IS NULL
       } AS atInvolvedOrganisation
