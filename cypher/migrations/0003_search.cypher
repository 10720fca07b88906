// Full-text search over the names people type: organisations, professionals, places.
CREATE FULLTEXT INDEX search_names IF NOT EXISTS
FOR (n:Organisation|Professional|Municipality|Region) ON EACH [n.name];
