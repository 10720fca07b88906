// Nodes of one label by id with every property and every outgoing relationship (its type,
// properties and the end's labels and key), for the canonical hash of the network. The caller
// decides which relationships belong to the network.
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Organisation {id: id}) WHERE $label = 'Organisation' RETURN n
  UNION
  MATCH (n:Professional {id: id}) WHERE $label = 'Professional' RETURN n
  UNION
  MATCH (n:ConsultationTable {id: id}) WHERE $label = 'ConsultationTable' RETURN n
}
RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties,
       COLLECT {
         MATCH (n)-[r]->(m)
         RETURN {type: type(r), properties: properties(r), endLabels: labels(m),
                 endKey: coalesce(m.id, m.code)} AS relationship
       } AS relationships
