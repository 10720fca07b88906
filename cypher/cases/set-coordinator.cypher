// The professional takes the regie of the case; a former coordinator lets go (at most one).
MATCH (c:Case {id: $caseId})
MATCH (p:Professional {id: $professionalId})
OPTIONAL MATCH (c)<-[old:COORDINATES]-(:Professional)
DELETE old
WITH DISTINCT c, p
CREATE (p)-[:COORDINATES {since: datetime()}]->(c)
SET c.updatedAt = datetime()
RETURN c.id AS id
