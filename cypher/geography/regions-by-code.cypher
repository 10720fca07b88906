UNWIND $codes AS code
MATCH (r:Region {code: code})
RETURN r.code AS code, r.name AS name, r.kind AS kind, r.source AS source,
       COUNT { (r)<-[:IN_REGION]-(:Municipality) } AS municipalityCount
