// Cases per municipality and kind in the region, counted directly.
MATCH (c:Case)-[:IN_MUNICIPALITY]->(m:Municipality)-[:IN_REGION]->(:Region {code: $regionCode})
RETURN m.code AS municipalityCode, c.kind AS kind, count(c) AS cases
ORDER BY municipalityCode, kind
