// A table's member organisations (directly, or through member professionals) and municipalities.
UNWIND $ids AS id
MATCH (t:ConsultationTable {id: id})
RETURN id,
       [(o:Organisation)-[m:MEMBER_OF]->(t) WHERE m.until IS NULL | o.id] +
       COLLECT {
         MATCH (p:Professional)-[m:MEMBER_OF]->(t), (p)-[w:WORKS_AT]->(o:Organisation)
         WHERE m.until IS NULL AND w.to IS NULL
         RETURN o.id
       } AS organisationIds,
       [(t)-[:FOR_MUNICIPALITY]->(mu:Municipality) | mu.code] AS municipalityCodes
