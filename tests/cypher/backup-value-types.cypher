// An independent summary of a database, types included: for each label set (sorted) and
// property, how many values of each Cypher type; the same for relationship types; node and
// relationship counts. Equal summaries and equal canonical hashes: the same database.
CALL () {
  MATCH (n)
  WITH COLLECT { UNWIND labels(n) AS label RETURN label ORDER BY label } AS labels, n
  UNWIND CASE WHEN size(keys(n)) = 0 THEN [null] ELSE keys(n) END AS key
  WITH labels, key, CASE WHEN key IS NULL THEN 'NONE' ELSE valueType(n[key]) END AS type,
       count(*) AS count
  ORDER BY labels, key, type
  RETURN collect([labels, key, type, count]) AS nodes
}
CALL () {
  MATCH ()-[r]->()
  UNWIND CASE WHEN size(keys(r)) = 0 THEN [null] ELSE keys(r) END AS key
  WITH type(r) AS relationship, key,
       CASE WHEN key IS NULL THEN 'NONE' ELSE valueType(r[key]) END AS type, count(*) AS count
  ORDER BY relationship, key, type
  RETURN collect([relationship, key, type, count]) AS relationships
}
RETURN nodes, relationships
