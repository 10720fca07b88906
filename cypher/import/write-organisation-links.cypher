// The municipalities, offers and samenwerkingsverband of imported organisations, replacing
// the old ones. Runs after every organisation of the file exists, so a school may name an SWV
// further down the file.
UNWIND $rows AS row
MATCH (o:Organisation {id: row.id})
CALL (o) {
  MATCH (o)-[old:SERVES|OFFERS|MEMBER_OF_SWV]->()
  DELETE old
}
CALL (o, row) {
  UNWIND row.municipalityCodes AS code
  MATCH (m:Municipality {code: code})
  MERGE (o)-[:SERVES]->(m)
}
CALL (o, row) {
  UNWIND row.offers AS code
  MATCH (n:Need {code: code})
  MERGE (o)-[:OFFERS]->(n)
}
CALL (o, row) {
  MATCH (swv:Organisation {id: row.samenwerkingsverbandId})
  MERGE (o)-[:MEMBER_OF_SWV]->(swv)
}
RETURN count(o) AS written
