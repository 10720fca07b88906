// One page of signals, newest first, filtered by region, status and kind.
MATCH (s:Signal)-[:FOR_REGION]->(r:Region)
WHERE ($regionCode IS NULL OR r.code = $regionCode)
  AND ($statuses IS NULL OR s.status IN $statuses)
  AND ($kinds IS NULL OR s.kind IN $kinds)
WITH s ORDER BY s.createdAt DESC, s.id
WITH collect(s.id) AS ids
RETURN size(ids) AS totalCount, ids[$offset..$offset + $limit] AS ids
