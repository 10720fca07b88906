// Each professional's current organisation.
UNWIND $ids AS id
MATCH (:Professional {id: id})-[w:WORKS_AT]->(o:Organisation)
WHERE w.to IS NULL
RETURN id, o.id AS organisationId
