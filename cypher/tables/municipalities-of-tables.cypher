UNWIND $ids AS id
MATCH (:ConsultationTable {id: id})-[:FOR_MUNICIPALITY]->(m:Municipality)
WITH id, m ORDER BY m.name
RETURN id AS key, collect(m {.code, .name, .province, .population}) AS municipalities
