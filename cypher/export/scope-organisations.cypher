// The organisations an export covers: the active ones serving a municipality of the region
// (every active one when $regionCode is null), and the samenwerkingsverbanden those schools
// belong to, so that a region's file names no organisation it leaves out.
CALL () {
  MATCH (o:Organisation) WHERE $regionCode IS NULL RETURN o
  UNION
  MATCH (:Region {code: $regionCode})<-[:IN_REGION]-(:Municipality)<-[:SERVES]-(o:Organisation)
  RETURN o
}
WITH DISTINCT o
WHERE coalesce(o.status, 'ACTIVE') = 'ACTIVE'
WITH collect(o) AS serving
RETURN [o IN serving | o.id] + COLLECT {
  UNWIND serving AS school
  MATCH (school)-[:MEMBER_OF_SWV]->(swv:Organisation)
  WHERE coalesce(swv.status, 'ACTIVE') = 'ACTIVE' AND NOT swv IN serving
  RETURN DISTINCT swv.id
} AS ids
