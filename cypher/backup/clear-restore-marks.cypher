// After a restore: removes the temporary marks, a batch at a time (call until it returns 0).
MATCH (n:BackupRestore)
WITH n LIMIT 20000
REMOVE n:BackupRestore, n.backupRestoreId
RETURN count(n) AS cleared
