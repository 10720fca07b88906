// The pseudonym a case concerns, and how many cases concern it.
MATCH (c:Case {id: $id})-[:CONCERNS]->(s:Subject)
RETURN s.key AS key, keys(s) AS properties, COUNT { (s)<-[:CONCERNS]-(:Case) } AS cases
