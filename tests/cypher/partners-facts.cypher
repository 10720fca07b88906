// What the graph says about suggested organisations: whether each serves $municipalityCode,
// whether it serves a municipality of the same RMC region, and which of $needs it offers.
MATCH (m:Municipality {code: $municipalityCode})
UNWIND $ids AS id
MATCH (o:Organisation {id: id})
RETURN id,
       EXISTS { (o)-[:SERVES]->(m) } AS servesMunicipality,
       EXISTS {
         (o)-[:SERVES]->(x:Municipality)
         WHERE x = m OR EXISTS { (x)-[:IN_REGION]->(:Region {kind: 'RMC'})<-[:IN_REGION]-(m) }
       } AS inRegion,
       [(o)-[:OFFERS]->(n:Need) WHERE n.code IN $needs | n.code] AS offered
