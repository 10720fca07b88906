MATCH (:Region {code: $code})<-[:IN_REGION]-(:Municipality)<-[:SERVES]-(o:Organisation)
WITH DISTINCT o
RETURN o.id AS id, o.name AS name, COUNT { (o)<-[:WORKS_AT]-(:Professional) } AS professionals
ORDER BY o.name
