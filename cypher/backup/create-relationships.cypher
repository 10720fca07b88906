// Restores a batch of relationships between nodes restored before (found by their backup id).
UNWIND $rows AS row
MATCH (a:BackupRestore {backupRestoreId: row.start})
MATCH (b:BackupRestore {backupRestoreId: row.end})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.properties
RETURN count(r) AS created
