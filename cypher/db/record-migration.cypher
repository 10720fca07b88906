// MERGE, so two API processes starting at once record a migration only once.
MERGE (m:SchemaMigration {version: $version})
  ON CREATE SET m.name = $name, m.checksum = $checksum, m.appliedAt = datetime()
RETURN m.version AS version
