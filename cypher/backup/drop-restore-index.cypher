DROP INDEX backup_restore_id IF EXISTS
