// For the signal tests: one current professional of each organisation asked for, by id order.
UNWIND $organisationIds AS organisationId
MATCH (p:Professional)-[w:WORKS_AT]->(:Organisation {id: organisationId})
WHERE w.to IS NULL
WITH organisationId, min(p.id) AS professionalId
RETURN organisationId, professionalId
