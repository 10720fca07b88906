// The needs of a region's cases (opened on or before $asOf, in its municipalities) that no active
// organisation serving any of its municipalities offers, with how many cases have each and how
// many of those involve $viewerOrganisationId (null: none). Never case ids.
// $idPrefix (null: all) keeps cases and organisations to one dataset.
MATCH (:Region {code: $regionCode})<-[:IN_REGION]-(m:Municipality)
WITH collect(m) AS places
CALL (places) {
  UNWIND places AS m
  MATCH (m)<-[:SERVES]-(o:Organisation)-[:OFFERS]->(n:Need)
  WHERE coalesce(o.status, 'ACTIVE') = 'ACTIVE'
    AND ($idPrefix IS NULL OR o.id STARTS WITH $idPrefix)
  RETURN collect(DISTINCT n.code) AS offered
}
UNWIND places AS m
MATCH (m)<-[:IN_MUNICIPALITY]-(c:Case)-[:NEEDS]->(n:Need)
WHERE NOT n.code IN offered
  AND c.openedAt <= date($asOf)
  AND ($idPrefix IS NULL OR c.id STARTS WITH $idPrefix)
WITH n.code AS need, collect(DISTINCT c) AS cases
RETURN need, size(cases) AS cases,
       size([c IN cases WHERE $viewerOrganisationId IS NOT NULL
             AND EXISTS { (:Organisation {id: $viewerOrganisationId})-[:INVOLVED_IN]->(c) }])
         AS visibleCases
ORDER BY cases DESC, need
