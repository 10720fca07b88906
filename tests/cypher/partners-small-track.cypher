// An organisation of the preset that received handovers of one to four cases, offers a need
// and serves a municipality; a professional at an organisation involved in all those cases
// (not the one itself), and one at an organisation involved in none of them.
MATCH (o:Organisation)<-[:TO]-(:Handover)<-[:HAS_HANDOVER]-(c:Case)
WHERE o.id STARTS WITH $prefix AND o.status = 'ACTIVE'
WITH o, collect(DISTINCT c) AS cases
WHERE size(cases) < 5
MATCH (o)-[:OFFERS]->(n:Need), (o)-[:SERVES]->(m:Municipality)
MATCH (all:Organisation)<-[w:WORKS_AT]-(seer:Professional)
WHERE all.id STARTS WITH $prefix AND all <> o AND w.to IS NULL AND seer.status = 'ACTIVE'
  AND all(c IN cases WHERE (all)-[:INVOLVED_IN]->(c))
MATCH (none:Organisation)<-[w2:WORKS_AT]-(blind:Professional)
WHERE none.id STARTS WITH $prefix AND w2.to IS NULL AND blind.status = 'ACTIVE'
  AND none <> o AND none(c IN cases WHERE (none)-[:INVOLVED_IN]->(c))
RETURN o.id AS organisationId, size(cases) AS cases, n.code AS need, m.code AS municipalityCode,
       seer.id AS seerId, blind.id AS blindId
ORDER BY o.id, n.code, m.code, seerId, blindId
LIMIT 1
