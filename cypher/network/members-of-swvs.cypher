// The member schools of each samenwerkingsverband.
UNWIND $ids AS id
MATCH (:Organisation {id: id})<-[:MEMBER_OF_SWV]-(school:Organisation)
WITH id, school ORDER BY school.name
RETURN id AS key, collect(school.id) AS schoolIds
