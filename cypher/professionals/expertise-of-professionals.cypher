UNWIND $ids AS id
MATCH (:Professional {id: id})-[:HAS_EXPERTISE]->(n:Need)
WITH id, n ORDER BY n.code
RETURN id AS key, collect(n.code) AS expertise
