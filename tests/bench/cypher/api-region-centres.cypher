// Where a region's neighbourhood starts in the API benchmarks: each RMC region's RMC office.
MATCH (o:Organisation {kind: 'RMC'})
WHERE coalesce(o.status, 'ACTIVE') = 'ACTIVE'
RETURN o.id AS id
ORDER BY id
