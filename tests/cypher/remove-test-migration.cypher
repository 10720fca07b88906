MATCH (m:SchemaMigration) WHERE m.version >= 9000
DELETE m
