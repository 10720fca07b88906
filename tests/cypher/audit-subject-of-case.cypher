MATCH (:Case {id: $id})-[:CONCERNS]->(s:Subject)
RETURN s.key AS key
