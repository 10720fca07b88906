// What a change to a tie must know first.
MATCH (a)-[t:TIE {id: $id}]->(b)
RETURN coalesce(t.status, 'ACTIVE') AS status, t.kind AS kind,
       head([l IN labels(a) WHERE l IN ['Organisation', 'Professional']]) AS type,
       a.id AS fromId, b.id AS toId
