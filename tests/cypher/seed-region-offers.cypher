// A preset's organisations serving a region that offer a need.
MATCH (:Region {code: $regionCode})<-[:IN_REGION]-(:Municipality)<-[:SERVES]-(o:Organisation)
WHERE o.id STARTS WITH $prefix AND EXISTS { (o)-[:OFFERS]->(:Need {code: $need}) }
RETURN count(DISTINCT o) AS offering
