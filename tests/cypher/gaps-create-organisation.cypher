// A test organisation serving one municipality, without any tie.
MATCH (m:Municipality {code: $municipalityCode})
CREATE (o:Organisation {id: $id, name: $name, kind: $kind, status: 'ACTIVE', source: 'test',
                        createdAt: datetime(), updatedAt: datetime()})-[:SERVES]->(m)
RETURN o.id AS id
