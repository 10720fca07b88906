// Pairs of active organisations handing cases of a region (its municipalities) to each other at
// least $minHandovers times (requested on or before $asOf) with no active tie of any kind between
// them. Counts only: handovers, the distinct cases handed, the region's cases both are involved
// in, and how many of those involve $viewerOrganisationId (null: none). Never case ids.
MATCH (:Region {code: $regionCode})<-[:IN_REGION]-(:Municipality)<-[:IN_MUNICIPALITY]-(c:Case)
      -[:HAS_HANDOVER]->(h:Handover)
WHERE date(h.requestedAt) <= date($asOf)
  AND ($idPrefix IS NULL OR c.id STARTS WITH $idPrefix)
MATCH (h)-[:FROM]->(x:Organisation), (h)-[:TO]->(y:Organisation)
WHERE x <> y
WITH CASE WHEN x.id < y.id THEN [x, y] ELSE [y, x] END AS pair, h, c
WITH pair[0] AS a, pair[1] AS b, count(h) AS handovers, collect(DISTINCT c) AS cases
WHERE handovers >= $minHandovers
  AND coalesce(a.status, 'ACTIVE') = 'ACTIVE' AND coalesce(b.status, 'ACTIVE') = 'ACTIVE'
  AND NOT EXISTS { (a)-[t:TIE]-(b) WHERE coalesce(t.status, 'ACTIVE') = 'ACTIVE' }
CALL (a, b) {
  MATCH (a)-[:INVOLVED_IN]->(s:Case)<-[:INVOLVED_IN]-(b)
  WHERE EXISTS { (s)-[:IN_MUNICIPALITY]->(:Municipality)-[:IN_REGION]->(:Region {code: $regionCode}) }
  RETURN collect(DISTINCT s) AS shared
}
WITH a, b, handovers, cases, shared,
     [k IN cases + shared WHERE $viewerOrganisationId IS NOT NULL
      AND EXISTS { (:Organisation {id: $viewerOrganisationId})-[:INVOLVED_IN]->(k) }] AS visible
RETURN a.id AS aId, b.id AS bId, handovers, size(cases) AS cases,
       size([k IN cases WHERE k IN visible]) AS visibleCases,
       size(shared) AS sharedCases,
       size([k IN shared WHERE k IN visible]) AS visibleSharedCases
ORDER BY handovers DESC, aId, bId
