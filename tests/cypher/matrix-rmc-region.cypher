// The RMC region a municipality belongs to (the region a coordinator coordinates).
MATCH (:Municipality {code: $code})-[:IN_REGION]->(r:Region)
WHERE r.code STARTS WITH 'MC'
RETURN r.code AS code
