MATCH (:Region {code: $code})<-[:IN_REGION]-(:Municipality)<-[:SERVES]-(o:Organisation)
WHERE coalesce(o.status, 'ACTIVE') = 'ACTIVE'
RETURN count(DISTINCT o) AS organisations
