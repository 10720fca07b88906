// One page of consultation tables matching the filter (null does not restrict), by name,
// and how many match in all.
MATCH (t:ConsultationTable)
WHERE ($includeArchived OR coalesce(t.status, 'ACTIVE') = 'ACTIVE')
  AND ($kinds IS NULL OR t.kind IN $kinds)
  AND ($municipalityCode IS NULL
       OR EXISTS { (t)-[:FOR_MUNICIPALITY]->(:Municipality {code: $municipalityCode}) })
  AND ($regionCode IS NULL
       OR EXISTS { (t)-[:FOR_MUNICIPALITY]->(:Municipality)-[:IN_REGION]->(:Region {code: $regionCode}) })
WITH t ORDER BY toLower(t.name), t.id
WITH collect(t) AS matching
RETURN size(matching) AS totalCount,
       [t IN matching[$offset..($offset + $limit)] |
        t {.id, .name, .kind, .source,
           status: coalesce(t.status, 'ACTIVE'),
           createdAt: toString(t.createdAt), updatedAt: toString(t.updatedAt)}] AS tables
