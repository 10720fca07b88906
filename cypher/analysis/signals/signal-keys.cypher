// Which of these computed-signal keys are taken already (a pattern is materialised once a quarter).
UNWIND $keys AS key
MATCH (s:Signal {key: key})
RETURN key, s.id AS id
