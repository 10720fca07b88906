// The samenwerkingsverband each school belongs to.
UNWIND $ids AS id
MATCH (:Organisation {id: id})-[:MEMBER_OF_SWV]->(swv:Organisation)
RETURN id AS key, swv.id AS swvId
