// A bare case that one organisation is involved in.
MATCH (o:Organisation {id: $organisationId})
CREATE (c:Case {id: $id, kind: 'RELATIEF_VERZUIM', status: 'OPEN'})
CREATE (o)-[:INVOLVED_IN {role: 'REGISTERED', since: date()}]->(c)
RETURN c.id AS id
