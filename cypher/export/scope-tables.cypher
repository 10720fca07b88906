// The active consultation tables an export covers: those for a municipality of the region
// (every active one when $regionCode is null).
CALL () {
  MATCH (t:ConsultationTable) WHERE $regionCode IS NULL RETURN t
  UNION
  MATCH (:Region {code: $regionCode})<-[:IN_REGION]-(:Municipality)<-[:FOR_MUNICIPALITY]-(t:ConsultationTable)
  RETURN t
}
WITH DISTINCT t
WHERE coalesce(t.status, 'ACTIVE') = 'ACTIVE'
RETURN collect(t.id) AS ids
