// One step out from the frontier: the relationships and the nodes at their other end,
// filtered. With $within set, only edges to nodes already collected (to close the drawing).
UNWIND $frontier AS eid
MATCH (a) WHERE elementId(a) = eid
MATCH (a)-[r]-(b)
WHERE type(r) IN $relations
  AND ($within IS NULL OR elementId(b) IN $within)
  AND (type(r) <> 'TIE'
       OR (coalesce(r.status, 'ACTIVE') = 'ACTIVE' AND ($tieKinds IS NULL OR r.kind IN $tieKinds)))
  AND (type(r) <> 'WORKS_AT' OR r.to IS NULL)
  AND (type(r) <> 'MEMBER_OF' OR r.until IS NULL)
  AND (b:Organisation OR b:Professional OR b:ConsultationTable OR b:Municipality)
  AND coalesce(b.status, 'ACTIVE') = 'ACTIVE'
  AND (NOT b:Organisation OR $organisationKinds IS NULL OR b.kind IN $organisationKinds)
  AND ($includeProfessionals OR NOT b:Professional)
WITH DISTINCT a, r, b
LIMIT $limit
RETURN elementId(r) AS relationship, type(r) AS relation, r.kind AS tieKind, r.id AS tieId,
       elementId(a) AS source, elementId(b) AS eid,
       CASE WHEN b:Organisation THEN 'Organisation'
            WHEN b:Professional THEN 'Professional'
            WHEN b:ConsultationTable THEN 'ConsultationTable'
            ELSE 'Municipality' END AS type,
       coalesce(b.id, b.code) AS key, b.name AS label, coalesce(b.kind, b.role) AS kind
