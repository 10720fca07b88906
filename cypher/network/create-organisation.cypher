// A new organisation with the municipalities it serves, what it offers, and its SWV.
CREATE (o:Organisation {id: $id, name: $name, kind: $kind, status: 'ACTIVE',
                        createdAt: datetime(), updatedAt: datetime(), source: $source})
SET o += $identifiers
WITH o
CALL (o) {
  UNWIND $municipalityCodes AS code
  MATCH (m:Municipality {code: code})
  MERGE (o)-[:SERVES]->(m)
}
CALL (o) {
  UNWIND $needs AS need
  MATCH (n:Need {code: need})
  MERGE (o)-[:OFFERS]->(n)
}
CALL (o) {
  OPTIONAL MATCH (swv:Organisation {id: $swvId})
  WITH swv WHERE swv IS NOT NULL
  MERGE (o)-[:MEMBER_OF_SWV]->(swv)
}
RETURN o.id AS id
