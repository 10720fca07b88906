// Cases by id: status, coordinator, the organisations involved, needs and school; and for each,
// the other cases of the same subject (the subject itself is never returned).
UNWIND $ids AS id
MATCH (c:Case {id: id})
RETURN c.id AS id, c.kind AS kind, c.status AS status,
       EXISTS { (c)<-[:COORDINATES]-() } AS coordinated,
       COLLECT { MATCH (o:Organisation)-[:INVOLVED_IN]->(c) RETURN o.id ORDER BY o.id } AS involved,
       COLLECT { MATCH (c)-[:NEEDS]->(n:Need) RETURN n.code } AS needs,
       [(c)-[:AT_SCHOOL]->(s:Organisation) | s.id][0] AS schoolId,
       COLLECT {
         MATCH (c)-[:CONCERNS]->(:Subject)<-[:CONCERNS]-(other:Case) WHERE other <> c
         RETURN other.id ORDER BY other.id
       } AS sameSubject
