// Every case registered by an organisation of the load and fault tests (ids under $prefix), with
// the parts one registerCase writes and its handovers: a check that each write landed exactly
// once and whole (never half), however the run went.
MATCH (o:Organisation)-[:INVOLVED_IN {role: 'REGISTERED'}]->(c:Case)
WHERE o.id STARTS WITH $prefix
RETURN c.id AS id,
       COUNT { MATCH (copy:Case) WHERE copy.id = c.id } AS copies,
       COUNT { (c)-[:CONCERNS]->(:Subject) } AS subjects,
       COUNT { (c)-[:IN_MUNICIPALITY]->(:Municipality) } AS municipalities,
       COUNT { (c)<-[:INVOLVED_IN {role: 'REGISTERED'}]-(:Organisation) } AS registrars,
       COUNT { (c)-[:AT_SCHOOL]->(:Organisation) } AS schools,
       [(c)-[:HAS_HANDOVER]->(h:Handover) |
         {id: h.id, status: h.status,
          copies: COUNT { MATCH (other:Handover) WHERE other.id = h.id },
          ends: COUNT { (h)-[:FROM]->(:Organisation) } + COUNT { (h)-[:TO]->(:Organisation) }}
       ] AS handovers
ORDER BY id
