// One municipality of a region, the lowest code first.
MATCH (:Region {code: $regionCode})<-[:IN_REGION]-(m:Municipality)
RETURN m.code AS code
ORDER BY code
LIMIT 1
