// The organisation with the most ties, and its neighbours' ids.
MATCH (o:Organisation)-[:TIE]-(other:Organisation)
WITH o, collect(other.id) AS neighbours
ORDER BY size(neighbours) DESC, o.id
LIMIT 1
RETURN o.id AS id, o.name AS name, neighbours,
       COUNT { (o)<-[:WORKS_AT]-(:Professional) } AS professionals
