// Removes the test viewers' accounts and sessions (ids start with 'test-viewer-').
MATCH (a:Account) WHERE a.id STARTS WITH 'test-viewer-'
OPTIONAL MATCH (s:Session)-[:OF]->(a)
DETACH DELETE s, a
