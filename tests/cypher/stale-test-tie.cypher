// A tie between two test organisations, last confirmed long ago, as an old import left it.
MATCH (a:Organisation {id: $fromId}), (b:Organisation {id: $toId})
CREATE (a)-[t:TIE {id: $id, kind: 'INFORMAL', strength: 1, status: 'ACTIVE',
                   assertedBy: 'import: test.csv', source: 'import: test.csv',
                   lastConfirmedAt: date($lastConfirmedAt)}]->(b)
RETURN t.id AS id
