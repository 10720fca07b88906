// Changes the given properties (a null removes one); lists given replace the old ones.
MATCH (o:Organisation {id: $id})
SET o += $changes, o.updatedAt = datetime()
WITH o
CALL (o) {
  WITH o WHERE $municipalityCodes IS NOT NULL
  OPTIONAL MATCH (o)-[old:SERVES]->()
  DELETE old
  WITH DISTINCT o
  UNWIND $municipalityCodes AS code
  MATCH (m:Municipality {code: code})
  MERGE (o)-[:SERVES]->(m)
}
CALL (o) {
  WITH o WHERE $needs IS NOT NULL
  OPTIONAL MATCH (o)-[old:OFFERS]->()
  DELETE old
  WITH DISTINCT o
  UNWIND $needs AS need
  MATCH (n:Need {code: need})
  MERGE (o)-[:OFFERS]->(n)
}
CALL (o) {
  WITH o WHERE $setSwv
  OPTIONAL MATCH (o)-[old:MEMBER_OF_SWV]->()
  DELETE old
  WITH DISTINCT o
  MATCH (swv:Organisation {id: $swvId})
  MERGE (o)-[:MEMBER_OF_SWV]->(swv)
}
RETURN o.id AS id
