// Organisations for the professionals, ties and tables tests, each serving one municipality.
UNWIND $organisations AS row
MATCH (m:Municipality {code: row.municipalityCode})
CREATE (o:Organisation {id: row.id, name: row.name, kind: row.kind, status: row.status,
                        source: 'test', createdAt: datetime(), updatedAt: datetime()})
CREATE (o)-[:SERVES]->(m)
RETURN count(o) AS created
