// For each pair and kind, the active ties of that kind joining the two, either direction:
// at most one may, so a file's tie either is that one or clashes with it.
UNWIND $pairs AS pair
CALL (pair) {
  MATCH (:Organisation {id: pair.fromId})-[t:TIE]-(:Organisation {id: pair.toId})
  WHERE pair.type = 'Organisation' RETURN t
  UNION
  MATCH (:Professional {id: pair.fromId})-[t:TIE]-(:Professional {id: pair.toId})
  WHERE pair.type = 'Professional' RETURN t
}
WITH pair, t
WHERE t.kind = pair.kind AND coalesce(t.status, 'ACTIVE') = 'ACTIVE'
RETURN pair.key AS key, collect(DISTINCT t.id) AS ids
