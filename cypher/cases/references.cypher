// What a new or changed case refers to, checked in one read: the municipality (and its RMC
// region, whose key makes the pseudonym), the registering organisation and the school.
// A null parameter is not asked about.
OPTIONAL MATCH (m:Municipality {code: $municipalityCode})
OPTIONAL MATCH (m)-[:IN_REGION]->(r:Region {kind: 'RMC'})
OPTIONAL MATCH (o:Organisation {id: $organisationId})
OPTIONAL MATCH (s:Organisation {id: $schoolId})
RETURN m IS NOT NULL AS municipalityFound,
       r.code AS rmcRegionCode,
       CASE WHEN o IS NULL THEN null ELSE coalesce(o.status, 'ACTIVE') END AS organisationStatus,
       s.kind AS schoolKind,
       CASE WHEN s IS NULL THEN null ELSE coalesce(s.status, 'ACTIVE') END AS schoolStatus
