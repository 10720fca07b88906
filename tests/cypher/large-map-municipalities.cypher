// The codes of a region's municipalities, for the large-map browser test.
MATCH (:Region {code: $code})<-[:IN_REGION]-(m:Municipality)
RETURN m.code AS code
ORDER BY code
