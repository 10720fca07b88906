// Creates or updates professionals from an import, with their current job and expertise.
// A job at another organisation than the current one is a move: the current job ends the day
// the new one starts (today when the file gives no start date), as moveProfessional does.
UNWIND $rows AS row
MATCH (o:Organisation {id: row.organisationId})
MERGE (p:Professional {id: row.id})
  ON CREATE SET p.createdAt = datetime()
SET p.name = row.name, p.role = row.role, p.email = row.email, p.phone = row.phone,
    p.status = row.status, p.source = $source, p.updatedAt = datetime(),
    p.archivedAt = CASE WHEN row.status = 'ARCHIVED' THEN coalesce(p.archivedAt, datetime()) END
WITH p, o, row
CALL (p, o, row) {
  OPTIONAL MATCH (p)-[w:WORKS_AT]->(current:Organisation) WHERE w.to IS NULL
  WITH p, o, row, head(collect(w)) AS job
  FOREACH (_ IN CASE WHEN job IS NOT NULL AND endNode(job) = o THEN [1] ELSE [] END |
    SET job.from = date(row.startDate))
  FOREACH (_ IN CASE WHEN job IS NOT NULL AND endNode(job) <> o THEN [1] ELSE [] END |
    SET job.to = coalesce(date(row.startDate), date()))
  FOREACH (_ IN CASE WHEN job IS NULL OR endNode(job) <> o THEN [1] ELSE [] END |
    CREATE (p)-[:WORKS_AT {from: date(row.startDate)}]->(o))
}
CALL (p) {
  MATCH (p)-[old:HAS_EXPERTISE]->()
  DELETE old
}
CALL (p, row) {
  UNWIND row.expertise AS code
  MATCH (n:Need {code: code})
  MERGE (p)-[:HAS_EXPERTISE]->(n)
}
RETURN count(p) AS written
