// Professionals by id for an export: their spreadsheet row (as cypher/import/professionals-by-id
// reads it) and, for the graph formats, the municipalities and RMC regions of their organisation.
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
          },
          municipalityCodes: COLLECT {
            MATCH (:Organisation {id: job.organisationId})-[:SERVES]->(m:Municipality)
            RETURN m.code AS code ORDER BY code
          },
          regionCodes: COLLECT {
            MATCH (:Organisation {id: job.organisationId})-[:SERVES]->(:Municipality)
                  -[:IN_REGION]->(r:Region {kind: 'RMC'})
            RETURN DISTINCT r.code AS code ORDER BY code
          }} AS record
