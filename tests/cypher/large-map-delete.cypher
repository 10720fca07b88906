// Removes the large-map test's organisations (ids starting with the prefix) and their ties.
MATCH (o:Organisation)
WHERE o.id STARTS WITH $prefix
DETACH DELETE o
RETURN count(o) AS deleted
