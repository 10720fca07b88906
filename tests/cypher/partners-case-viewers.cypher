// A case of the preset with needs, a professional at an organisation involved in it, and one
// at an organisation of the same preset that is not.
MATCH (c:Case)-[:NEEDS]->(:Need)
WHERE c.id STARTS WITH $prefix
WITH DISTINCT c ORDER BY c.id LIMIT 1
MATCH (inside:Professional)-[w:WORKS_AT]->(:Organisation)-[:INVOLVED_IN]->(c)
WHERE w.to IS NULL AND inside.status = 'ACTIVE'
WITH c, min(inside.id) AS insideId
MATCH (outside:Professional)-[w:WORKS_AT]->(o:Organisation)
WHERE outside.id STARTS WITH $prefix AND w.to IS NULL AND outside.status = 'ACTIVE'
  AND NOT (o)-[:INVOLVED_IN]->(c)
WITH c, insideId, min(outside.id) AS outsideId
MATCH (c)-[:IN_MUNICIPALITY]->(m:Municipality)
RETURN c.id AS caseId, c.kind AS kind, m.code AS municipalityCode,
       [(c)-[:NEEDS]->(n:Need) | n.code] AS needs, insideId, outsideId
