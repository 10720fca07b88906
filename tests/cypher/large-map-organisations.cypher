// A batch of the large-map test's organisations, each serving one municipality (as the seed
// loader writes them: cypher/seeds/organisations.cypher). CREATE: the test deletes its own first.
UNWIND $rows AS row
MATCH (m:Municipality {code: row.municipalityCode})
CREATE (o:Organisation {id: row.id, name: row.name, kind: row.kind, status: 'ACTIVE',
                        source: $source, createdAt: datetime($createdAt),
                        updatedAt: datetime($createdAt)})-[:SERVES]->(m)
RETURN count(*) AS written
