// Another request taking a BRIN while an import is writing.
MATCH (m:Municipality {code: 'GM0344'})
CREATE (o:Organisation {id: $id, name: 'Racing school', kind: 'SCHOOL_PO', brin: $brin,
                        status: 'ACTIVE', source: 'test'})-[:SERVES]->(m)
