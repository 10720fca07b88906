// A preset's active professional at its leerplicht office, and a municipality that office
// serves: the asker of the partner-finder tests.
MATCH (p:Professional)-[w:WORKS_AT]->(o:Organisation {kind: 'LEERPLICHT'})-[:SERVES]->(m:Municipality)
WHERE p.id STARTS WITH $prefix AND w.to IS NULL AND p.status = 'ACTIVE'
RETURN p.id AS professionalId, o.id AS organisationId, m.code AS municipalityCode
ORDER BY p.id, m.code
LIMIT 1
