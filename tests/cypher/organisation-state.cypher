MATCH (o:Organisation {id: $id})
RETURN o {.*, createdAt: null, updatedAt: null, archivedAt: null} AS organisation,
       [(o)-[:SERVES]->(m) | m.code] AS municipalities,
       [(o)-[:OFFERS]->(n) | n.code] AS offers,
       [(o)-[:MEMBER_OF_SWV]->(s) | s.id] AS swv
