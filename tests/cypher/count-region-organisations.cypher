MATCH (:Region {code: $code})<-[:IN_REGION]-(:Municipality)<-[:SERVES]-(o:Organisation)
RETURN count(DISTINCT o) AS organisations
