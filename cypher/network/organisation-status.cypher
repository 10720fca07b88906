MATCH (o:Organisation {id: $id})
RETURN coalesce(o.status, 'ACTIVE') AS status, o.kind AS kind
