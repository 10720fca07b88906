// A new tie, confirmed on the day it is asserted. $assertedBy is a professional's id or a
// source text; $activeKey makes a second active tie of the kind between the pair impossible.
CALL () {
  MATCH (n:Organisation {id: $fromId}) WHERE $type = 'Organisation' RETURN n
  UNION
  MATCH (n:Professional {id: $fromId}) WHERE $type = 'Professional' RETURN n
}
WITH n AS a
CALL () {
  MATCH (n:Organisation {id: $toId}) WHERE $type = 'Organisation' RETURN n
  UNION
  MATCH (n:Professional {id: $toId}) WHERE $type = 'Professional' RETURN n
}
WITH a, n AS b
CREATE (a)-[t:TIE {id: $id, kind: $kind, strength: $strength, status: 'ACTIVE',
                   activeKey: $activeKey, assertedBy: $assertedBy, assertedAt: datetime(),
                   source: $source, lastConfirmedAt: date(), confirmedBy: $confirmedBy}]->(b)
RETURN t.id AS id
