MATCH (o:Organisation {kind: $kind})-[:SERVES]->(:Municipality {code: $code})
RETURN count(DISTINCT o) AS organisations
