MATCH (t:ConsultationTable {id: $id})
SET t.status = 'ARCHIVED', t.archivedAt = datetime(), t.updatedAt = datetime()
RETURN t.id AS id
