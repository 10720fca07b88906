// Changes the given properties; a list of municipalities given replaces the old one.
MATCH (t:ConsultationTable {id: $id})
SET t += $changes, t.updatedAt = datetime()
WITH t
CALL (t) {
  WITH t WHERE $municipalityCodes IS NOT NULL
  OPTIONAL MATCH (t)-[old:FOR_MUNICIPALITY]->()
  DELETE old
  WITH DISTINCT t
  UNWIND $municipalityCodes AS code
  MATCH (m:Municipality {code: code})
  MERGE (t)-[:FOR_MUNICIPALITY]->(m)
}
RETURN t.id AS id
