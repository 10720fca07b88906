MATCH (:Region {code: $code})<-[:IN_REGION]-(:Municipality)<-[:SERVES]-(o:Organisation)
WITH DISTINCT o
RETURN o.id AS id, o.name AS name,
       COUNT { (o)<-[w:WORKS_AT]-(:Professional) WHERE w.to IS NULL } AS professionals
ORDER BY o.name
