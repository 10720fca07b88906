// Removes up to $limit subjects of a preset's cases (ids starting with $prefix) that no other
// case concerns. Run before the cases go, and until it deletes nothing.
MATCH (c:Case)-[:CONCERNS]->(s:Subject)
WHERE c.id STARTS WITH $prefix
  AND NOT EXISTS { (s)<-[:CONCERNS]-(other:Case) WHERE NOT other.id STARTS WITH $prefix }
WITH DISTINCT s LIMIT $limit
DETACH DELETE s
RETURN count(*) AS deleted
