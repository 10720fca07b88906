// Active ties of a kind between two organisations or two professionals, either direction,
// other than $exceptId: a second one would be a duplicate.
CALL () {
  MATCH (:Organisation {id: $fromId})-[t:TIE]-(:Organisation {id: $toId})
  WHERE $type = 'Organisation' RETURN t
  UNION
  MATCH (:Professional {id: $fromId})-[t:TIE]-(:Professional {id: $toId})
  WHERE $type = 'Professional' RETURN t
}
WITH t
WHERE t.kind = $kind AND coalesce(t.status, 'ACTIVE') = 'ACTIVE'
  AND ($exceptId IS NULL OR t.id <> $exceptId)
RETURN count(t) AS ties
