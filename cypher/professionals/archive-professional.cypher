MATCH (p:Professional {id: $id})
SET p.status = 'ARCHIVED', p.archivedAt = datetime(), p.updatedAt = datetime()
RETURN p.id AS id
