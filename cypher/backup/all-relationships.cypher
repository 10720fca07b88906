// Every relationship with its type, ends (element ids, as in all-nodes) and properties.
MATCH (a)-[r]->(b)
RETURN type(r) AS type, elementId(a) AS start, elementId(b) AS end, properties(r) AS properties
