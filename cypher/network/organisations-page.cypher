// One page of organisations matching the filter, and how many match in all.
// Every filter is optional: a null parameter does not restrict.
MATCH (o:Organisation)
WHERE ($kinds IS NULL OR o.kind IN $kinds)
  AND ($municipalityCode IS NULL
       OR EXISTS { (o)-[:SERVES]->(:Municipality {code: $municipalityCode}) })
  AND ($regionCode IS NULL
       OR EXISTS { (o)-[:SERVES]->(:Municipality)-[:IN_REGION]->(:Region {code: $regionCode}) })
WITH o ORDER BY o.name, o.id
WITH collect(o) AS matching
RETURN size(matching) AS totalCount,
       [o IN matching[$offset..($offset + $limit)] | o {.id, .name, .kind}] AS organisations
