// A summary of everything stored: nodes per label set, relationships per type, and a count of
// all node properties. Equal before and after means a failed write left nothing behind. The
// audit log and sessions are left out: they grow with every request by design, and have tests
// of their own.
CALL () {
  MATCH (n) WHERE NOT n:AuditEvent AND NOT n:Session
  WITH labels(n) AS labels, count(*) AS count
  ORDER BY labels
  RETURN collect([labels, count]) AS nodes
}
CALL () {
  MATCH (a)-[r]->(b) WHERE NOT a:Session AND NOT b:Session
  WITH type(r) AS type, count(*) AS count
  ORDER BY type
  RETURN collect([type, count]) AS relationships
}
CALL () {
  MATCH (n) WHERE NOT n:AuditEvent AND NOT n:Session
  RETURN count(n) AS total, sum(size(keys(n))) AS properties
}
RETURN nodes, relationships, total, properties
