// Changes the given properties (a null removes one); an expertise list given replaces the old one.
MATCH (p:Professional {id: $id})
SET p += $changes, p.updatedAt = datetime()
WITH p
CALL (p) {
  WITH p WHERE $expertise IS NOT NULL
  OPTIONAL MATCH (p)-[old:HAS_EXPERTISE]->()
  DELETE old
  WITH DISTINCT p
  UNWIND $expertise AS code
  MATCH (n:Need {code: code})
  MERGE (p)-[:HAS_EXPERTISE]->(n)
}
RETURN p.id AS id
