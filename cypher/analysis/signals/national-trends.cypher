// Signals of every region per quarter of raising, kind and need, up to $asOf: how many were
// raised, how many are still open (OPEN or ON_AGENDA) and how many closed as of $asOf, and in
// how many regions.
MATCH (s:Signal)-[:FOR_REGION]->(r:Region)
WHERE date(s.createdAt) <= date($asOf)
WITH s, r, [(s)-[:ABOUT_NEED]->(n:Need) | n.code][0] AS need,
     s.closedAt IS NOT NULL AND date(s.closedAt) <= date($asOf) AS closed
WITH toString(s.createdAt.year) + '-Q' + toString(s.createdAt.quarter) AS quarter, s.kind AS kind,
     need, count(s) AS raised, count(CASE WHEN closed THEN 1 END) AS closed,
     count(DISTINCT r) AS regions
RETURN quarter, kind, need, raised, raised - closed AS open, closed, regions
ORDER BY quarter, kind, need
