// Cases with their coded facts and the ids of what they point at. coInvolved: another open
// case concerns the same subject; the subject itself never leaves the database.
UNWIND $ids AS id
MATCH (c:Case {id: id})
RETURN c.id AS id, c.kind AS kind, c.status AS status, c.age AS age,
       c.riskIndicators AS riskIndicators,
       toString(c.openedAt) AS openedAt, toString(c.closedAt) AS closedAt,
       toString(c.retainUntil) AS retainUntil,
       toString(c.createdAt) AS createdAt, toString(c.updatedAt) AS updatedAt,
       COLLECT { MATCH (c)-[:NEEDS]->(n:Need) RETURN n.code ORDER BY n.code } AS needs,
       [(c)-[:IN_MUNICIPALITY]->(m:Municipality) | m.code][0] AS municipalityCode,
       [(c)-[:AT_SCHOOL]->(s:Organisation) | s.id][0] AS schoolId,
       [(c)<-[:COORDINATES]-(p:Professional) | p.id][0] AS coordinatorId,
       EXISTS {
         MATCH (c)-[:CONCERNS]->(:Subject)<-[:CONCERNS]-(other:Case)
         WHERE other <> c AND other.status = 'OPEN'
       } AS coInvolved
