// The organisations of a network, archived ones included, with the days they joined and left:
// those serving a municipality of $regionCode, or every organisation when it is null.
// `regionCodes`: the regions of kind $regionKind they serve (null: none asked), to compare regions.
CALL () {
  MATCH (:Region {code: $regionCode})<-[:IN_REGION]-(:Municipality)<-[:SERVES]-(o:Organisation)
  RETURN DISTINCT o
  UNION
  MATCH (o:Organisation) WHERE $regionCode IS NULL
  RETURN o
}
RETURN o.id AS id, o.kind AS kind,
       date(o.createdAt) AS since,
       date(o.archivedAt) AS until,
       coalesce(o.status, 'ACTIVE') = 'ARCHIVED' AS archived,
       CASE WHEN $regionKind IS NULL THEN [] ELSE COLLECT {
         MATCH (o)-[:SERVES]->(:Municipality)-[:IN_REGION]->(r:Region {kind: $regionKind})
         RETURN DISTINCT r.code
       } END AS regionCodes
