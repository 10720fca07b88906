// Creates or updates ties from an import, between organisations or between professionals.
// An existing tie keeps its direction; an active one carries its activeKey (migration 0005),
// an archived one none. A new tie without a stated asserter is asserted by the import.
UNWIND $rows AS row
CALL (row) {
  MATCH (n:Organisation {id: row.fromId}) WHERE row.type = 'Organisation' RETURN n
  UNION
  MATCH (n:Professional {id: row.fromId}) WHERE row.type = 'Professional' RETURN n
}
WITH row, n AS a
CALL (row) {
  MATCH (n:Organisation {id: row.toId}) WHERE row.type = 'Organisation' RETURN n
  UNION
  MATCH (n:Professional {id: row.toId}) WHERE row.type = 'Professional' RETURN n
}
WITH row, a, n AS b
MERGE (a)-[t:TIE {id: row.id}]->(b)
  ON CREATE SET t.assertedAt = datetime()
SET t.kind = row.kind, t.strength = row.strength, t.status = row.status,
    t.activeKey = CASE WHEN row.status = 'ACTIVE' THEN row.activeKey END,
    t.assertedBy = coalesce(row.assertedBy, $source), t.confirmedBy = row.confirmedBy,
    t.lastConfirmedAt = date(row.lastConfirmedAt), t.source = $source,
    t.updatedAt = datetime(),
    t.archivedAt = CASE WHEN row.status = 'ARCHIVED' THEN coalesce(t.archivedAt, datetime()) END
RETURN count(t) AS written
