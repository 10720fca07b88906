// The active ties of the given organisations to active organisations (of the same dataset when
// $idPrefix is set), each once, with when they were last confirmed.
UNWIND $ids AS id
MATCH (:Organisation {id: id})-[t:TIE]-(other:Organisation)
WHERE coalesce(t.status, 'ACTIVE') = 'ACTIVE'
  AND coalesce(other.status, 'ACTIVE') = 'ACTIVE'
  AND ($idPrefix IS NULL OR other.id STARTS WITH $idPrefix)
WITH DISTINCT t
RETURN t.id AS id, startNode(t).id AS fromId, endNode(t).id AS toId, t.kind AS kind,
       toString(t.lastConfirmedAt) AS lastConfirmedAt
