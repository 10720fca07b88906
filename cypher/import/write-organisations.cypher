// Creates or updates organisations from an import. Only rows that differ from what is stored
// arrive here, so an unchanged record keeps its updatedAt and source.
UNWIND $rows AS row
MERGE (o:Organisation {id: row.id})
  ON CREATE SET o.createdAt = datetime()
SET o.name = row.name, o.kind = row.kind, o.brin = row.brin, o.kvk = row.kvk,
    o.swvCode = row.swvCode, o.status = row.status, o.source = $source,
    o.updatedAt = datetime(),
    o.archivedAt = CASE WHEN row.status = 'ARCHIVED' THEN coalesce(o.archivedAt, datetime()) END
RETURN count(o) AS written
