// Who a live session belongs to: account, role, professional, organisation and regions.
MATCH (s:Session {id: $sessionId})-[:OF]->(a:Account)
WHERE s.revokedAt IS NULL AND s.expiresAt > datetime()
OPTIONAL MATCH (a)-[:IS]->(p:Professional)
OPTIONAL MATCH (p)-[w:WORKS_AT]->(o:Organisation) WHERE w.to IS NULL
RETURN a.id AS accountId, a.email AS email, a.role AS role,
       p.id AS professionalId, head(collect(o.id)) AS organisationId,
       [(a)-[:COORDINATES_REGION]->(r:Region) | r.code] AS regionCodes
