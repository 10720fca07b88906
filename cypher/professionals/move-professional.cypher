// A move: the current job ends on $date and a job at the new organisation starts that day.
MATCH (p:Professional {id: $id})
MATCH (o:Organisation {id: $organisationId})
CALL (p) {
  MATCH (p)-[current:WORKS_AT]->(:Organisation)
  WHERE current.to IS NULL
  SET current.to = date($date)
}
CREATE (p)-[:WORKS_AT {from: date($date)}]->(o)
SET p.updatedAt = datetime()
RETURN p.id AS id
