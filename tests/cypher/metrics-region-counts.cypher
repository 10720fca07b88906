// Test: the organisations serving a region that were registered by $until and not archived, and
// the distinct pairs of them tied by then by an active tie — counted apart from the analysis.
MATCH (:Region {code: $regionCode})<-[:IN_REGION]-(:Municipality)<-[:SERVES]-(o:Organisation)
WHERE coalesce(o.status, 'ACTIVE') = 'ACTIVE' AND (o.createdAt IS NULL OR o.createdAt < datetime($until))
WITH collect(DISTINCT o) AS organisations
CALL (organisations) {
  UNWIND organisations AS a
  MATCH (a)-[t:TIE]-(b:Organisation)
  WHERE b IN organisations AND a.id < b.id AND coalesce(t.status, 'ACTIVE') = 'ACTIVE'
    AND (t.assertedAt IS NULL OR t.assertedAt < datetime($until))
  RETURN count(DISTINCT [a.id, b.id]) AS pairs
}
RETURN size(organisations) AS organisations, pairs
