// The comments on signals, oldest first.
UNWIND $ids AS id
MATCH (s:Signal {id: id})
RETURN id AS key, COLLECT {
  MATCH (c:SignalComment)-[:ABOUT]->(s)
  RETURN c { .id, .text, at: toString(c.at),
             authorId: [(p:Professional)-[:WROTE]->(c) | p.id][0] }
  ORDER BY c.at, c.id
} AS comments
