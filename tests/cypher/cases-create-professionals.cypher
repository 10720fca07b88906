// Professionals for the cases and handovers tests, each in a current job at one organisation.
UNWIND $professionals AS row
MATCH (o:Organisation {id: row.organisationId})
CREATE (p:Professional {id: row.id, name: row.name, role: row.role, status: row.status,
                        source: 'test', createdAt: datetime(), updatedAt: datetime()})
CREATE (p)-[:WORKS_AT {from: date('2020-01-01')}]->(o)
RETURN count(p) AS created
