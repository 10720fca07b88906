// The test's own records as the import wrote them, for exact comparisons.
MATCH (n)
WHERE (n:Organisation OR n:Professional OR n:ConsultationTable)
  AND any(prefix IN $prefixes WHERE n.id STARTS WITH prefix)
RETURN n.id AS id, head(labels(n)) AS label, properties(n) AS properties,
       COLLECT { MATCH (n)-[r]->(m) RETURN [type(r), coalesce(m.id, m.code), properties(r)] AS rel
                 ORDER BY rel[0], rel[1] } AS relationships
ORDER BY id
