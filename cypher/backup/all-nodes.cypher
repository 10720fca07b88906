// Every node with its labels and properties, streamed by the backup.
MATCH (n)
RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS properties
