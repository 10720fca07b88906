// One page of professionals matching the filter, and how many match in all. Every filter is
// optional (null does not restrict); place filters apply to the organisation of the current
// job. Sorted by $sortKey (NAME or ROLE), descending when $descending; the id breaks ties.
MATCH (p:Professional)
WHERE ($includeArchived OR coalesce(p.status, 'ACTIVE') = 'ACTIVE')
  AND ($roles IS NULL OR p.role IN $roles)
  AND ($expertise IS NULL
       OR EXISTS { (p)-[:HAS_EXPERTISE]->(n:Need) WHERE n.code IN $expertise })
  AND ($organisationId IS NULL
       OR EXISTS { (p)-[w:WORKS_AT]->(:Organisation {id: $organisationId}) WHERE w.to IS NULL })
  AND ($municipalityCode IS NULL
       OR EXISTS { (p)-[w:WORKS_AT]->(:Organisation)-[:SERVES]->(:Municipality {code: $municipalityCode})
                   WHERE w.to IS NULL })
  AND ($regionCode IS NULL
       OR EXISTS { (p)-[w:WORKS_AT]->(:Organisation)-[:SERVES]->(:Municipality)
                   -[:IN_REGION]->(:Region {code: $regionCode}) WHERE w.to IS NULL })
WITH p, CASE $sortKey WHEN 'ROLE' THEN p.role + ' ' + toLower(p.name)
                      ELSE toLower(p.name) END AS key
ORDER BY CASE WHEN $descending THEN null ELSE key END ASC,
         CASE WHEN $descending THEN key ELSE null END DESC,
         p.id
WITH collect(p) AS matching
RETURN size(matching) AS totalCount,
       [p IN matching[$offset..($offset + $limit)] |
        p {.id, .name, .role, .email, .phone, .source,
           status: coalesce(p.status, 'ACTIVE'),
           createdAt: toString(p.createdAt), updatedAt: toString(p.updatedAt),
           organisationId: head(COLLECT {
             MATCH (p)-[w:WORKS_AT]->(o:Organisation) WHERE w.to IS NULL RETURN o.id
           })}] AS professionals
