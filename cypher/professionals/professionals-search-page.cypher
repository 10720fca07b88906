// Like professionals-page, for a text search through the full-text index: best match first,
// then $sortKey.
CALL db.index.fulltext.queryNodes('search_names', $search) YIELD node AS p, score
WHERE p:Professional
  AND ($includeArchived OR coalesce(p.status, 'ACTIVE') = 'ACTIVE')
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
WITH p, score, CASE $sortKey WHEN 'ROLE' THEN p.role + ' ' + toLower(p.name)
                             ELSE toLower(p.name) END AS key
ORDER BY score DESC,
         CASE WHEN $descending THEN null ELSE key END ASC,
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
