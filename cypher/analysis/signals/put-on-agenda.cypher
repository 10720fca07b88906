// Puts a signal on the agenda of a consultation table ($tableId) or a region ($regionCode).
MATCH (s:Signal {id: $id})
OPTIONAL MATCH (t:ConsultationTable {id: $tableId})
OPTIONAL MATCH (r:Region {code: $regionCode})
WITH s, coalesce(t, r) AS agenda
WHERE agenda IS NOT NULL
CREATE (s)-[:ON_AGENDA {since: datetime(), byAccountId: $accountId}]->(agenda)
SET s.status = 'ON_AGENDA', s.updatedAt = datetime()
RETURN s.id AS id
