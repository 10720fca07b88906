// The ties from the organisations of a network to any organisation, archived ones included,
// with the days they started (asserted) and ended (archived): from those serving a municipality
// of $regionCode, or from every organisation when it is null. The caller keeps the ties whose
// other end is in the network too.
CALL () {
  MATCH (:Region {code: $regionCode})<-[:IN_REGION]-(:Municipality)<-[:SERVES]-(o:Organisation)
  RETURN DISTINCT o
  UNION
  MATCH (o:Organisation) WHERE $regionCode IS NULL
  RETURN o
}
MATCH (o)-[t:TIE]->(b:Organisation)
RETURN t.id AS id, o.id AS source, b.id AS target, t.kind AS kind,
       date(t.assertedAt) AS since,
       date(t.archivedAt) AS until,
       coalesce(t.status, 'ACTIVE') = 'ARCHIVED' AS archived
