// Like organisations-page, for a text search through the full-text index: best match first.
CALL db.index.fulltext.queryNodes('search_names', $search) YIELD node AS o, score
WHERE o:Organisation
  AND ($includeArchived OR coalesce(o.status, 'ACTIVE') = 'ACTIVE')
  AND ($kinds IS NULL OR o.kind IN $kinds)
  AND ($municipalityCode IS NULL
       OR EXISTS { (o)-[:SERVES]->(:Municipality {code: $municipalityCode}) })
  AND ($regionCode IS NULL
       OR EXISTS { (o)-[:SERVES]->(:Municipality)-[:IN_REGION]->(:Region {code: $regionCode}) })
  AND ($needs IS NULL
       OR all(need IN $needs WHERE EXISTS { (o)-[:OFFERS]->(:Need {code: need}) }))
WITH o, score ORDER BY score DESC, o.name, o.id
WITH collect(o) AS matching
RETURN size(matching) AS totalCount,
       [o IN matching[$offset..($offset + $limit)] |
        o {.id, .name, .kind, .brin, .kvk, .swvCode, .source,
           status: coalesce(o.status, 'ACTIVE'),
           createdAt: toString(o.createdAt), updatedAt: toString(o.updatedAt),
           offers: [(o)-[:OFFERS]->(n:Need) | n.code]}] AS organisations
