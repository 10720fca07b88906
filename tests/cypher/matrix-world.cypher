// One small world for one cell of the authorization matrix: organisations serving a
// municipality each, professionals in current jobs, and the RMC region of each municipality.
UNWIND $organisations AS row
MATCH (m:Municipality {code: row.municipalityCode})
CREATE (o:Organisation {id: row.id, name: row.name, kind: row.kind, status: 'ACTIVE',
                        source: 'test', createdAt: datetime(), updatedAt: datetime()})
CREATE (o)-[:SERVES]->(m)
WITH count(o) AS organisations
UNWIND $professionals AS row
MATCH (o:Organisation {id: row.organisationId})
CREATE (p:Professional {id: row.id, name: row.name, role: row.role, status: 'ACTIVE',
                        source: 'test', createdAt: datetime(), updatedAt: datetime()})
CREATE (p)-[:WORKS_AT {from: date('2020-01-01')}]->(o)
RETURN organisations, count(p) AS professionals
