// Neo4j's token lookup indexes: finding the nodes of a label, or the relationships of a type,
// without reading every node. A database Neo4j creates has them from the start; one made by
// the offline bulk import (`npm run seed` on an empty folder: the national preset) has none, so
// every `MATCH (r:CollaborationRule)` there read all 1.2 million nodes (issue 6: the gap
// report's template rules alone took hundreds of milliseconds). Where they exist already,
// under Neo4j's own names, IF NOT EXISTS leaves them as they are.
CREATE LOOKUP INDEX node_label_lookup IF NOT EXISTS
FOR (n) ON EACH labels(n);

CREATE LOOKUP INDEX relationship_type_lookup IF NOT EXISTS
FOR ()-[r]-() ON EACH type(r);
