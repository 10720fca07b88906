// The fixtures' values, as the backup test compares them before and after a restore.
MATCH (n:BackupFixture)
RETURN n.id AS id, properties(n) AS properties,
       [(n)-[r]->(m) | [type(r), m.id, properties(r)]] AS outgoing
ORDER BY id, size(outgoing)
