// Everything in the database, per label and relationship type: the bench reports what it loaded.
CALL () {
  MATCH (n)
  UNWIND labels(n) AS label
  WITH label, count(*) AS count ORDER BY label
  RETURN collect([label, count]) AS nodes
}
CALL () {
  MATCH ()-[r]->()
  WITH type(r) AS type, count(*) AS count ORDER BY type
  RETURN collect([type, count]) AS relationships
}
RETURN nodes, relationships
