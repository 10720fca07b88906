// Co-involvement, as in the Verwijsindex: when a newly registered case's subject already has
// open cases at other organisations, each of those and the registering organisation is told,
// about its own case only, which other organisation is involved with the same young person.
MATCH (c:Case {id: $caseId})-[:CONCERNS]->(:Subject)<-[:CONCERNS]-(other:Case {status: 'OPEN'})
WHERE other <> c
MATCH (o:Organisation)-[:INVOLVED_IN]->(other)
MATCH (me:Organisation {id: $organisationId})
WHERE o <> me
WITH DISTINCT c, other, o, me
CREATE (mine:Notification {id: randomUUID(), kind: 'CO_INVOLVEMENT', createdAt: datetime()})
CREATE (mine)-[:FOR]->(me), (mine)-[:ABOUT]->(c), (mine)-[:WITH]->(o)
CREATE (theirs:Notification {id: randomUUID(), kind: 'CO_INVOLVEMENT', createdAt: datetime()})
CREATE (theirs)-[:FOR]->(o), (theirs)-[:ABOUT]->(other), (theirs)-[:WITH]->(me)
RETURN count(*) AS pairs
