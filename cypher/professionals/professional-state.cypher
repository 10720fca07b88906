// What a change to a professional must know first: its status and its current job.
MATCH (p:Professional {id: $id})
RETURN coalesce(p.status, 'ACTIVE') AS status,
       head(COLLECT {
         MATCH (p)-[w:WORKS_AT]->(o:Organisation) WHERE w.to IS NULL
         RETURN {organisationId: o.id, from: toString(w.from)}
       }) AS job
