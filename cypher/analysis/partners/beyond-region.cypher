// Where no organisation in the region offers a need ($needs: those uncovered), the nearest
// active organisations anywhere that offer one of them, up to $limit, measured from
// $municipalityCode to the nearest municipality each serves. Not $excludeIds (already found).
MATCH (m:Municipality {code: $municipalityCode})
WITH point({latitude: m.lat, longitude: m.lon}) AS here
UNWIND $needs AS code
MATCH (:Need {code: code})<-[:OFFERS]-(o:Organisation)
WHERE o.status = 'ACTIVE' AND NOT o.id IN $excludeIds
WITH DISTINCT here, o
MATCH (o)-[:SERVES]->(s:Municipality)
WITH o, min(point.distance(here, point({latitude: s.lat, longitude: s.lon}))) AS metres
ORDER BY metres, o.id
LIMIT $limit
RETURN o.id AS id, false AS servesMunicipality, false AS inRegion,
       [(o)-[:OFFERS]->(n:Need) WHERE n.code IN $allNeeds | n.code] AS offered,
       round(metres / 1000.0, 1) AS distanceKm
