// An organisation with many ties, its tie neighbours, and its current staff.
MATCH (o:Organisation {source: 'demo'})-[t:TIE]-(other:Organisation)
WITH o, collect(DISTINCT other.id) AS neighbours
ORDER BY size(neighbours) DESC, o.id
LIMIT 1
RETURN o.id AS id, neighbours,
       [(o)<-[w:WORKS_AT]-(p:Professional) WHERE w.to IS NULL | p.id] AS staff
