// Municipalities by name, optionally within a region or province, or matching a search.
MATCH (m:Municipality)
WHERE ($regionCode IS NULL OR EXISTS { (m)-[:IN_REGION]->(:Region {code: $regionCode}) })
  AND ($province IS NULL OR m.province = $province OR m.provinceCode = $province)
  AND ($search IS NULL OR toLower(m.name) CONTAINS toLower($search))
WITH m ORDER BY m.name
WITH collect(m {.code, .name, .province, .population}) AS matching
RETURN size(matching) AS totalCount, matching[$offset..($offset + $limit)] AS municipalities
