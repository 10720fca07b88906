// Restores a batch of nodes with their labels and properties, each marked with its id in the
// backup (a temporary label and property, indexed) so that relationships can find their ends.
UNWIND $rows AS row
CREATE (n:BackupRestore {backupRestoreId: row.id})
SET n += row.properties
SET n:$(row.labels)
RETURN count(n) AS created
