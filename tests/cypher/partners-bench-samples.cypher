// Askers for the partner-finder benchmark: every active professional with a current job at
// an organisation that serves at least one municipality, with those municipalities.
MATCH (p:Professional)-[w:WORKS_AT]->(o:Organisation)
WHERE w.to IS NULL AND p.status = 'ACTIVE' AND o.status = 'ACTIVE'
WITH p, o, [(o)-[:SERVES]->(m:Municipality) | m.code] AS municipalityCodes
WHERE size(municipalityCodes) > 0
RETURN p.id AS professionalId, o.id AS organisationId, municipalityCodes
ORDER BY professionalId
