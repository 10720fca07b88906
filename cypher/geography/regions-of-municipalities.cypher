UNWIND $codes AS code
MATCH (:Municipality {code: code})-[:IN_REGION]->(r:Region)
WITH code, r ORDER BY r.kind
RETURN code AS key, collect(r.code) AS regionCodes
