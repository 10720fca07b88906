UNWIND $ids AS id
MATCH (o:Organisation {id: id})
RETURN o {.id, .name, .kind, .brin, .kvk, .swvCode, .source,
          status: coalesce(o.status, 'ACTIVE'),
          createdAt: toString(o.createdAt), updatedAt: toString(o.updatedAt),
           offers: [(o)-[:OFFERS]->(n:Need) | n.code]} AS organisation
