// Candidate partners for $needs in municipality $municipalityCode: every active organisation
// that serves the municipality or another municipality of its RMC region and offers at least
// one of the needs (except $excludeId, the asker's own organisation). Expands from the
// municipality (a few hundred organisations at most), never from all that offer a need.
// `distanceKm`: 0 when it serves the municipality, else to the nearest municipality it serves.
// Which organisations offer the needs is read once from the needs' side (`offering`): checking
// it per organisation would walk the long relationship lists of busy organisations.
MATCH (m:Municipality {code: $municipalityCode})
OPTIONAL MATCH (m)-[:IN_REGION]->(:Region {kind: 'RMC'})<-[:IN_REGION]-(near:Municipality)
WITH m, [x IN collect(DISTINCT near) WHERE x <> m] AS nearby
CALL () {
  MATCH (n:Need)<-[:OFFERS]-(o)
  WHERE n.code IN $needs
  RETURN collect(o) AS offering
}
UNWIND [m] + nearby AS served
MATCH (served)<-[:SERVES]-(o:Organisation)
WHERE o IN offering AND o.status = 'ACTIVE' AND ($excludeId IS NULL OR o.id <> $excludeId)
WITH m, o,
     max(CASE WHEN served = m THEN 1 ELSE 0 END) = 1 AS servesMunicipality,
     min(point.distance(point({latitude: m.lat, longitude: m.lon}),
                        point({latitude: served.lat, longitude: served.lon}))) AS metres
RETURN o.id AS id, servesMunicipality, true AS inRegion,
       [(o)-[:OFFERS]->(n:Need) WHERE n.code IN $needs | n.code] AS offered,
       CASE WHEN servesMunicipality THEN 0.0 ELSE round(metres / 1000.0, 1) END AS distanceKm
ORDER BY id
