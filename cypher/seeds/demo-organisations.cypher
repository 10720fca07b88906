// Demo organisations (synthetic) and the municipalities they serve.
UNWIND $rows AS row
MERGE (o:Organisation {id: row.id})
SET o.name = row.name, o.kind = row.kind, o.source = 'demo'
WITH o, row
UNWIND row.municipalityCodes AS code
MATCH (m:Municipality {code: code})
MERGE (o)-[:SERVES]->(m)
RETURN count(DISTINCT o) AS written
