// The municipality of a planted provision-gap case, and how many active organisations serving
// it offer the gap's need (any preset's).
MATCH (:Case {id: $caseId})-[:IN_MUNICIPALITY]->(m:Municipality)
RETURN m.code AS municipalityCode,
       COUNT { (m)<-[:SERVES]-(o:Organisation)-[:OFFERS]->(:Need {code: $need})
               WHERE o.status = 'ACTIVE' } AS servingProviders
