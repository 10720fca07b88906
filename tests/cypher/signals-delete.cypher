// Removes the signals the signal tests made (by id, or computed ones by key prefix) with their
// comments.
MATCH (s:Signal)
WHERE s.id IN $ids OR any(prefix IN $keyPrefixes WHERE s.key STARTS WITH prefix)
OPTIONAL MATCH (c:SignalComment)-[:ABOUT]->(s)
DETACH DELETE c, s
RETURN count(*) AS deleted
