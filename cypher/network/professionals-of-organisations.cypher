UNWIND $ids AS id
MATCH (:Organisation {id: id})<-[:WORKS_AT]-(p:Professional)
WITH id, p ORDER BY p.name
RETURN id AS key,
       collect(p {.id, .name, .role, .email, organisationId: id}) AS professionals
