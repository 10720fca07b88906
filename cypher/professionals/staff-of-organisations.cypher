// The current, active staff of organisations, by name.
UNWIND $ids AS id
MATCH (:Organisation {id: id})<-[w:WORKS_AT]-(p:Professional)
WHERE w.to IS NULL AND coalesce(p.status, 'ACTIVE') = 'ACTIVE'
WITH id, p ORDER BY toLower(p.name), p.id
RETURN id AS key,
       collect(p {.id, .name, .role, .email, .phone, .source,
                  status: coalesce(p.status, 'ACTIVE'),
                  createdAt: toString(p.createdAt), updatedAt: toString(p.updatedAt),
                  organisationId: id}) AS professionals
