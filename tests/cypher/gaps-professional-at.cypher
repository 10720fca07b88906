// A professional working (now) at the organisation, the lowest id first.
MATCH (p:Professional)-[w:WORKS_AT]->(:Organisation {id: $organisationId})
WHERE w.to IS NULL AND coalesce(p.status, 'ACTIVE') = 'ACTIVE'
RETURN p.id AS id
ORDER BY id
LIMIT 1
