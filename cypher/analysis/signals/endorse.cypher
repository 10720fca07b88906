// One endorsement per professional (checked before, in the same transaction).
MATCH (s:Signal {id: $id}), (p:Professional {id: $professionalId})
CREATE (p)-[:ENDORSED {at: datetime()}]->(s)
SET s.updatedAt = datetime()
RETURN s.id AS id
