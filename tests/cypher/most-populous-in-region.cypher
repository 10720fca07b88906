MATCH (:Region {code: $code})<-[:IN_REGION]-(m:Municipality)
RETURN m.code AS code ORDER BY m.population DESC LIMIT 1
