UNWIND $ids AS id
MATCH (:Organisation {id: id})-[:SERVES]->(m:Municipality)
WITH id, m ORDER BY m.name
RETURN id AS key, collect(m {.code, .name, .province, .population}) AS municipalities
