// Hand-written equivalent of Rizoom's `organisation(id) { id name kind status }`.
MATCH (o:Organisation {id: $id})
RETURN o {.id, .name, .kind, status: coalesce(o.status, 'ACTIVE')} AS organisation
