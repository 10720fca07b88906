// Everything stored on the test's own nodes and their relationships, property by property,
// timestamps included: equal before and after means nothing was written.
MATCH (n)
WHERE (n:Organisation OR n:Professional OR n:ConsultationTable)
  AND any(prefix IN $prefixes WHERE n.id STARTS WITH prefix)
OPTIONAL MATCH (n)-[r]-(m)
WITH n, r, m
ORDER BY n.id, type(r), coalesce(m.id, m.code), elementId(r)
WITH n, collect([type(r), startNode(r) = n, coalesce(m.id, m.code), properties(r)]) AS relationships
ORDER BY n.id
RETURN collect([n.id, labels(n), properties(n), relationships]) AS state
