// The active professionals currently working at each of $ids, with their role, since when,
// and which of $needs they list as expertise: the partner finder picks one contact from these.
UNWIND $ids AS id
MATCH (:Organisation {id: id})<-[w:WORKS_AT]-(p:Professional)
WHERE w.to IS NULL AND p.status = 'ACTIVE'
RETURN id AS organisationId, p.id AS id, p.role AS role,
       [(p)-[:HAS_EXPERTISE]->(n:Need) WHERE n.code IN $needs | n.code] AS expertise
ORDER BY organisationId, id
