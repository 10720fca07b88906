MATCH (o:Organisation {id: $id})
SET o.status = 'ARCHIVED', o.archivedAt = datetime(), o.updatedAt = datetime()
RETURN o.id AS id
