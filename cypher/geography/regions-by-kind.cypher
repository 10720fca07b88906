MATCH (r:Region {kind: $kind})
RETURN r.code AS code, r.name AS name, r.kind AS kind, r.source AS source,
       COUNT { (r)<-[:IN_REGION]-(:Municipality) } AS municipalityCount
ORDER BY r.name
