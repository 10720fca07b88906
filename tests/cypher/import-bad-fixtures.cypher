// What the bad-input import tests refer to: two active organisations, an archived one, a
// professional working at the first, and a consultation table; all under the test's prefix.
MATCH (m:Municipality {code: 'GM0344'})
CREATE (org:Organisation {id: $prefix + 'org', name: 'Imp org', kind: 'LEERPLICHT',
                          status: 'ACTIVE', source: 'test'})-[:SERVES]->(m)
CREATE (org2:Organisation {id: $prefix + 'org2', name: 'Imp org 2', kind: 'HALT',
                           status: 'ACTIVE', source: 'test'})-[:SERVES]->(m)
CREATE (archived:Organisation {id: $prefix + 'archived', name: 'Imp archived', kind: 'OTHER',
                               status: 'ARCHIVED', source: 'test'})-[:SERVES]->(m)
CREATE (pro:Professional {id: $prefix + 'pro', name: 'Imp pro', role: 'DECAAN', status: 'ACTIVE',
                          source: 'test'})-[:WORKS_AT {from: date('2024-01-01')}]->(org)
CREATE (table:ConsultationTable {id: $prefix + 'table', name: 'Imp table', kind: 'MDO',
                                 status: 'ACTIVE', source: 'test'})-[:FOR_MUNICIPALITY]->(m)
RETURN 5 AS created
