// The organisations at a tie's ends: themselves, or the professionals' current employers.
UNWIND $ids AS id
MATCH (a)-[t:TIE {id: id}]->(b)
RETURN id,
       [x IN [a, b] WHERE x:Organisation | x.id] +
       [(x)-[w:WORKS_AT]->(o:Organisation) WHERE x IN [a, b] AND x:Professional AND w.to IS NULL | o.id]
       AS organisationIds
