// A summary of everything stored: nodes per label set, relationships per type, and a hash of
// all node properties. Equal before and after means a failed write left nothing behind.
CALL () {
  MATCH (n)
  WITH labels(n) AS labels, count(*) AS count
  ORDER BY labels
  RETURN collect([labels, count]) AS nodes
}
CALL () {
  MATCH ()-[r]->()
  WITH type(r) AS type, count(*) AS count
  ORDER BY type
  RETURN collect([type, count]) AS relationships
}
CALL () {
  MATCH (n)
  WITH n ORDER BY elementId(n)
  RETURN count(n) AS total, sum(size(keys(n))) AS properties
}
RETURN nodes, relationships, total, properties
