// Which of the given Organisation or Professional ids exist, and their status.
CALL () {
  MATCH (n:Organisation) WHERE $type = 'Organisation' AND n.id IN $ids RETURN n
  UNION
  MATCH (n:Professional) WHERE $type = 'Professional' AND n.id IN $ids RETURN n
}
RETURN n.id AS id, coalesce(n.status, 'ACTIVE') AS status
