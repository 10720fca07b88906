// Which of these municipalities lie in one of the regions.
UNWIND $codes AS code
MATCH (m:Municipality {code: code})-[:IN_REGION]->(r:Region)
WHERE r.code IN $regionCodes
RETURN DISTINCT m.code AS code
