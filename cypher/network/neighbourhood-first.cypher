// The node a neighbourhood starts from, by its type and key (municipalities by CBS code), and
// its first step out, in one statement: the start's own columns, and in `steps` what
// neighbourhood-step returns for a frontier of just this node (same filter; keep them alike).
OPTIONAL MATCH (o:Organisation {id: $key}) WHERE $type = 'Organisation'
OPTIONAL MATCH (p:Professional {id: $key}) WHERE $type = 'Professional'
OPTIONAL MATCH (t:ConsultationTable {id: $key}) WHERE $type = 'ConsultationTable'
OPTIONAL MATCH (m:Municipality {code: $key}) WHERE $type = 'Municipality'
WITH coalesce(o, p, t, m) AS a
WHERE a IS NOT NULL
CALL (a) {
  MATCH (a)-[r]-(b)
  WHERE type(r) IN $relations
    AND (type(r) <> 'TIE'
         OR (coalesce(r.status, 'ACTIVE') = 'ACTIVE' AND ($tieKinds IS NULL OR r.kind IN $tieKinds)))
    AND (type(r) <> 'WORKS_AT' OR r.to IS NULL)
    AND (type(r) <> 'MEMBER_OF' OR r.until IS NULL)
    AND (b:Organisation OR b:Professional OR b:ConsultationTable OR b:Municipality)
    AND coalesce(b.status, 'ACTIVE') = 'ACTIVE'
    AND (NOT b:Organisation OR $organisationKinds IS NULL OR b.kind IN $organisationKinds)
    AND ($includeProfessionals OR NOT b:Professional)
  WITH DISTINCT r, b
  LIMIT $limit
  RETURN collect({relationship: elementId(r), relation: type(r), tieKind: r.kind, tieId: r.id,
                  source: elementId(a), eid: elementId(b),
                  type: CASE WHEN b:Organisation THEN 'Organisation'
                             WHEN b:Professional THEN 'Professional'
                             WHEN b:ConsultationTable THEN 'ConsultationTable'
                             ELSE 'Municipality' END,
                  key: coalesce(b.id, b.code), label: b.name,
                  kind: coalesce(b.kind, b.role)}) AS steps
}
RETURN elementId(a) AS eid,
       CASE WHEN a:Organisation THEN 'Organisation'
            WHEN a:Professional THEN 'Professional'
            WHEN a:ConsultationTable THEN 'ConsultationTable'
            ELSE 'Municipality' END AS type,
       coalesce(a.id, a.code) AS key, a.name AS label, coalesce(a.kind, a.role) AS kind, steps
