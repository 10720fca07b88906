// Everything stored on the test's own nodes and their relationships, property by property:
// equal before and after means a failed mutation changed none of it.
MATCH (n)
WHERE (n:Organisation OR n:Professional OR n:ConsultationTable)
  AND (n.id IN $ids OR n.id STARTS WITH $prefix)
OPTIONAL MATCH (n)-[r]-(m)
WITH n, r, m
ORDER BY n.id, type(r), coalesce(m.id, m.code), elementId(r)
WITH n, collect([type(r), startNode(r) = n, coalesce(m.id, m.code), properties(r)]) AS relationships
ORDER BY n.id
RETURN collect([n.id, labels(n), properties(n), relationships]) AS state
