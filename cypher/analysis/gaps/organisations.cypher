// The active organisations serving the municipalities of one region ($regionCode), or of every
// RMC region ($regionCode null), with what the gap analyses need: where they serve (municipality
// and region), the samenwerkingsverband a school is a member of, and what they offer.
// $idPrefix (null: all) keeps to one dataset, e.g. a synthetic preset beside others.
CALL () {
  MATCH (r:Region {code: $regionCode}) RETURN r
  UNION
  MATCH (r:Region {kind: 'RMC'}) WHERE $regionCode IS NULL RETURN r
}
MATCH (r)<-[:IN_REGION]-(m:Municipality)<-[:SERVES]-(o:Organisation)
WHERE coalesce(o.status, 'ACTIVE') = 'ACTIVE'
  AND ($idPrefix IS NULL OR o.id STARTS WITH $idPrefix)
WITH o, collect({municipality: m.code, region: r.code}) AS places
RETURN o.id AS id, o.kind AS kind, places,
       head(COLLECT { MATCH (o)-[:MEMBER_OF_SWV]->(s:Organisation) RETURN s.id }) AS swvId,
       COLLECT { MATCH (o)-[:OFFERS]->(n:Need) RETURN n.code } AS offers
ORDER BY id
