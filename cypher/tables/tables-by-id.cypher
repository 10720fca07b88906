UNWIND $ids AS id
MATCH (t:ConsultationTable {id: id})
RETURN t {.id, .name, .kind, .source,
          status: coalesce(t.status, 'ACTIVE'),
          createdAt: toString(t.createdAt), updatedAt: toString(t.updatedAt)} AS table
