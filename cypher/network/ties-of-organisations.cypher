// Ties are stored once, in one direction; an organisation's ties are both ways.
UNWIND $ids AS id
MATCH (:Organisation {id: id})-[t:TIE]-(other:Organisation)
WITH id, t, other ORDER BY other.name
RETURN id AS key,
       collect({kind: t.kind, organisation: other {.id, .name, .kind}}) AS ties
