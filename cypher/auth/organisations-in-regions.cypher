// Which of these organisations serve a municipality in one of the regions.
UNWIND $ids AS id
MATCH (o:Organisation {id: id})
WHERE EXISTS { (o)-[:SERVES]->(:Municipality)-[:IN_REGION]->(r:Region) WHERE r.code IN $regionCodes }
RETURN o.id AS id
