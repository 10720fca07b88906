// A signal raised by a professional (or materialised from an analysis: $key set), in a region,
// optionally about a need and a school. It starts OPEN.
MATCH (r:Region {code: $regionCode})
CREATE (s:Signal {id: $id, key: $key, kind: $kind, origin: $origin, title: $title,
                  description: $description, status: 'OPEN', asOf: CASE WHEN $asOf IS NULL THEN null ELSE date($asOf) END,
                  raisedByAccountId: $accountId, createdAt: datetime(), updatedAt: datetime()})
CREATE (s)-[:FOR_REGION]->(r)
WITH s
CALL (s) {
  MATCH (n:Need {code: $need})
  CREATE (s)-[:ABOUT_NEED]->(n)
}
CALL (s) {
  MATCH (o:Organisation {id: $schoolId})
  CREATE (s)-[:ABOUT_SCHOOL]->(o)
}
CALL (s) {
  MATCH (p:Professional {id: $professionalId})
  CREATE (p)-[:RAISED]->(s)
}
RETURN s.id AS id
