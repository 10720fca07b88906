// Before a restore: the fresh schema's migration records give way to the backup's own, so the
// restored database says which migrations its data went through (a later start applies the rest).
MATCH (m:SchemaMigration)
DELETE m
RETURN count(*) AS deleted
