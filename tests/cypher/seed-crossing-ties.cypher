// Ties between the given organisations and a preset's organisations outside them.
MATCH (inside:Organisation)-[t:TIE]-(outside:Organisation)
WHERE inside.id IN $ids AND NOT outside.id IN $ids AND outside.id STARTS WITH $prefix
RETURN t.id AS id, inside.id AS insideId, outside.id AS outsideId
