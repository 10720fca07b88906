// For the signal tests: an active table of the preset with a member organisation, that member,
// and an organisation of the preset with no seat at it.
MATCH (t:ConsultationTable)<-[m:MEMBER_OF]-(o:Organisation)
WHERE t.id STARTS WITH $prefix AND m.until IS NULL AND coalesce(t.status, 'ACTIVE') = 'ACTIVE'
  AND EXISTS { (:Professional)-[w:WORKS_AT]->(o) WHERE w.to IS NULL }
WITH t, min(o.id) AS memberId ORDER BY t.id LIMIT 1
MATCH (other:Organisation)
WHERE other.id STARTS WITH $prefix AND other.kind = 'WIJKTEAM'
  AND NOT EXISTS { (other)-[:MEMBER_OF]->(t) }
  AND NOT EXISTS { (p:Professional)-[:WORKS_AT]->(other) WHERE (p)-[:MEMBER_OF]->(t) }
  AND EXISTS { (:Professional)-[w:WORKS_AT]->(other) WHERE w.to IS NULL }
RETURN t.id AS tableId, memberId, min(other.id) AS outsiderId
