// The timestamps and provenance of everything in a region: an import that changes nothing
// leaves every one of them as it was.
MATCH (:Region {code: $regionCode})<-[:IN_REGION]-(:Municipality)<-[:SERVES|FOR_MUNICIPALITY]-(n)
WITH DISTINCT n
OPTIONAL MATCH (n)-[r]-()
WITH n, collect(DISTINCT [type(r), toString(r.updatedAt), r.source, toString(r.since), toString(r.from)]) AS relationships
RETURN count(n) AS records,
       collect([n.id, toString(n.updatedAt), n.source, relationships]) AS stamps
