// The RMC region with the most organisations: where the demo data is.
MATCH (r:Region {kind: 'RMC'})
WITH r, COUNT { MATCH (r)<-[:IN_REGION]-(:Municipality)<-[:SERVES]-(:Organisation) } AS organisations
ORDER BY organisations DESC, r.code
LIMIT 1
RETURN r.code AS regionCode, organisations
