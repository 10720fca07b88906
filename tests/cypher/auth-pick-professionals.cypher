// Two professionals at different organisations in region MC19, and one outside it.
MATCH (p:Professional)-[w:WORKS_AT]->(o:Organisation)-[:SERVES]->(:Municipality)-[:IN_REGION]->(:Region {code: 'MC19'})
WHERE w.to IS NULL AND o.kind IN ['LEERPLICHT', 'SCHOOL_VO']
WITH o, min(p.id) AS professionalId ORDER BY o.id LIMIT 2
WITH collect({professionalId: professionalId, organisationId: o.id}) AS inRegion
MATCH (p:Professional)-[w:WORKS_AT]->(o:Organisation)-[:SERVES]->(:Municipality)-[:IN_REGION]->(:Region {code: 'MC03'})
WHERE w.to IS NULL AND NOT EXISTS { (o)-[:SERVES]->(:Municipality)-[:IN_REGION]->(:Region {code: 'MC19'}) }
WITH inRegion, o, min(p.id) AS professionalId ORDER BY o.id LIMIT 1
RETURN inRegion, {professionalId: professionalId, organisationId: o.id} AS outside
