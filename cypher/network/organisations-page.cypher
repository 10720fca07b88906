// One page of organisations matching the filter, and how many match in all.
// Every filter is optional: a null parameter does not restrict. Sorting by $sortKey
// (NAME, KIND, CREATED_AT), descending when $descending; the id breaks ties.
MATCH (o:Organisation)
WHERE ($includeArchived OR coalesce(o.status, 'ACTIVE') = 'ACTIVE')
  AND ($kinds IS NULL OR o.kind IN $kinds)
  AND ($municipalityCode IS NULL
       OR EXISTS { (o)-[:SERVES]->(:Municipality {code: $municipalityCode}) })
  AND ($regionCode IS NULL
       OR EXISTS { (o)-[:SERVES]->(:Municipality)-[:IN_REGION]->(:Region {code: $regionCode}) })
  AND ($needs IS NULL
       OR all(need IN $needs WHERE EXISTS { (o)-[:OFFERS]->(:Need {code: need}) }))
WITH o, CASE $sortKey WHEN 'KIND' THEN o.kind + ' ' + o.name
                      WHEN 'CREATED_AT' THEN toString(o.createdAt)
                      ELSE toLower(o.name) END AS key
ORDER BY CASE WHEN $descending THEN null ELSE key END ASC,
         CASE WHEN $descending THEN key ELSE null END DESC,
         o.id
WITH collect(o) AS matching
RETURN size(matching) AS totalCount,
       [o IN matching[$offset..($offset + $limit)] |
        o {.id, .name, .kind, .brin, .kvk, .swvCode, .source,
           status: coalesce(o.status, 'ACTIVE'),
           createdAt: toString(o.createdAt), updatedAt: toString(o.updatedAt),
           offers: [(o)-[:OFFERS]->(n:Need) | n.code]}] AS organisations
