CREATE INDEX backup_restore_id IF NOT EXISTS FOR (n:BackupRestore) ON (n.backupRestoreId)
