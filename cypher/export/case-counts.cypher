// Cases counted per municipality and kind, for the region (all when $regionCode is null).
// Only counts leave the database; the caller hides counts under 5.
MATCH (c:Case)-[:IN_MUNICIPALITY]->(m:Municipality)
WHERE $regionCode IS NULL OR EXISTS { (m)-[:IN_REGION]->(:Region {code: $regionCode}) }
WITH m, c.kind AS kind, count(c) AS cases
ORDER BY m.code, kind
RETURN m.code AS municipalityCode, m.name AS municipality, kind, cases
