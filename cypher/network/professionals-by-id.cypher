UNWIND $ids AS id
MATCH (p:Professional {id: id})
OPTIONAL MATCH (p)-[:WORKS_AT]->(o:Organisation)
RETURN p.id AS id, p.name AS name, p.role AS role, p.email AS email,
       o.id AS organisationId
