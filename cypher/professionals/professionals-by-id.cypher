// Professionals by id, each with the organisation of their current job (a WORKS_AT without `to`).
UNWIND $ids AS id
MATCH (p:Professional {id: id})
RETURN p {.id, .name, .role, .email, .phone, .source,
          status: coalesce(p.status, 'ACTIVE'),
          createdAt: toString(p.createdAt), updatedAt: toString(p.updatedAt),
          organisationId: head(COLLECT {
            MATCH (p)-[w:WORKS_AT]->(o:Organisation) WHERE w.to IS NULL RETURN o.id
          })} AS professional
