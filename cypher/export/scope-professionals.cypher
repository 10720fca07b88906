// The active professionals whose current job (a WORKS_AT without `to`) is at one of the
// organisations an export covers.
UNWIND $organisationIds AS organisationId
MATCH (:Organisation {id: organisationId})<-[w:WORKS_AT]-(p:Professional)
WHERE w.to IS NULL AND coalesce(p.status, 'ACTIVE') = 'ACTIVE'
RETURN collect(DISTINCT p.id) AS ids
