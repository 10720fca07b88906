// One page of case ids matching the filter, and how many match in all. Every filter is
// optional (null does not restrict); needs: all of them. Sorted by $sortKey (OPENED_AT, AGE),
// descending when $descending; the id breaks ties. Only cases the viewer's organisation is
// involved in: nobody else may know they exist (a null organisation sees none).
MATCH (:Organisation {id: $viewerOrganisationId})-[:INVOLVED_IN]->(c:Case)
WHERE ($kinds IS NULL OR c.kind IN $kinds)
  AND ($statuses IS NULL OR c.status IN $statuses)
  AND ($municipalityCode IS NULL
       OR EXISTS { (c)-[:IN_MUNICIPALITY]->(:Municipality {code: $municipalityCode}) })
  AND ($regionCode IS NULL
       OR EXISTS { (c)-[:IN_MUNICIPALITY]->(:Municipality)-[:IN_REGION]->(:Region {code: $regionCode}) })
  AND ($organisationId IS NULL
       OR EXISTS { (:Organisation {id: $organisationId})-[:INVOLVED_IN]->(c) })
  AND ($needs IS NULL
       OR all(need IN $needs WHERE EXISTS { (c)-[:NEEDS]->(:Need {code: need}) }))
WITH c, CASE $sortKey WHEN 'AGE' THEN c.age ELSE c.openedAt END AS key
ORDER BY CASE WHEN $descending THEN null ELSE key END ASC,
         CASE WHEN $descending THEN key ELSE null END DESC,
         c.id
WITH collect(c.id) AS matching
RETURN size(matching) AS totalCount, matching[$offset..($offset + $limit)] AS ids
