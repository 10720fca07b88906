// Professionals as a spreadsheet row holds them: the current job (a WORKS_AT without `to`)
// and its first day, if known (see cypher/export/professionals-page.cypher).
UNWIND $ids AS id
MATCH (p:Professional {id: id})
WITH p, head(COLLECT {
  MATCH (p)-[w:WORKS_AT]->(o:Organisation) WHERE w.to IS NULL
  RETURN {organisationId: o.id, from: toString(w.from)} AS job ORDER BY job.from DESC
}) AS job
RETURN p {.id, .name, .role, .email, .phone,
          status: coalesce(p.status, 'ACTIVE'),
          organisationId: job.organisationId,
          startDate: job.from,
          expertise: COLLECT {
            MATCH (p)-[:HAS_EXPERTISE]->(n:Need) RETURN n.code AS code ORDER BY code
          }} AS record
