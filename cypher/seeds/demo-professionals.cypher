// Demo professionals (synthetic people, work contact details only).
UNWIND $rows AS row
MATCH (o:Organisation {id: row.organisationId})
MERGE (p:Professional {id: row.id})
SET p.name = row.name, p.role = row.role, p.email = row.email, p.source = 'demo'
MERGE (p)-[:WORKS_AT]->(o)
RETURN count(p) AS written
