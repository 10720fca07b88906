// For peers: their role, and whether their current organisation serves $municipalityCode.
UNWIND $ids AS id
MATCH (p:Professional {id: id})-[w:WORKS_AT]->(o:Organisation)
WHERE w.to IS NULL
RETURN id, p.role AS role, o.id AS organisationId,
       EXISTS { (o)-[:SERVES]->(:Municipality {code: $municipalityCode}) } AS servesMunicipality
