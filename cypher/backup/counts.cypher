// How much a database holds: all nodes, all relationships, and the nodes that are not schema
// migration records (a database holding only those counts as empty for a restore).
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
CALL () { MATCH (n) WHERE NOT n:SchemaMigration RETURN count(n) AS data }
RETURN nodes, relationships, data
