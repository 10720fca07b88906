UNWIND $ids AS id
MATCH (o:Organisation {id: id})
RETURN o.id AS id, o.name AS name, o.kind AS kind
