// The RMC region with the fewest organisations, and its most populous municipality: where the
// export tests put their own network, so that exporting the region stays quick whatever the
// demo data holds.
MATCH (r:Region {kind: 'RMC'})<-[:IN_REGION]-(m:Municipality)
WITH r, collect(m) AS municipalities
WITH r, municipalities,
     COUNT { MATCH (r)<-[:IN_REGION]-(:Municipality)<-[:SERVES]-(:Organisation) } AS organisations
ORDER BY organisations, r.code
LIMIT 1
UNWIND municipalities AS m
WITH r, m ORDER BY m.population DESC
RETURN r.code AS regionCode, collect(m.code)[0..2] AS municipalityCodes
