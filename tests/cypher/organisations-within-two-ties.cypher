// Every organisation within two ties of $id (the centre included).
MATCH (start:Organisation {id: $id})
MATCH (start)-[:TIE*0..2]-(o:Organisation)
RETURN collect(DISTINCT o.id) AS ids
