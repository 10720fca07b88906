MATCH (a:Account) WHERE a.id STARTS WITH 'test-auth-'
OPTIONAL MATCH (s:Session)-[:OF]->(a)
DETACH DELETE s, a
WITH count(*) AS done
MATCH (c:Case) WHERE c.id STARTS WITH 'test-auth-'
DETACH DELETE c
