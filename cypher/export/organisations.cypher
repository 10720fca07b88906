// Organisations by id for an export: their spreadsheet row (as cypher/import/organisations-by-id
// reads it) and, for the graph formats, the RMC regions of the municipalities they serve.
UNWIND $ids AS id
MATCH (o:Organisation {id: id})
RETURN o {.id, .name, .kind, .brin, .kvk, .swvCode,
          status: coalesce(o.status, 'ACTIVE'),
          municipalityCodes: COLLECT {
            MATCH (o)-[:SERVES]->(m:Municipality) RETURN m.code AS code ORDER BY code
          },
          offers: COLLECT { MATCH (o)-[:OFFERS]->(n:Need) RETURN n.code AS code ORDER BY code },
          samenwerkingsverbandId: head(COLLECT {
            MATCH (o)-[:MEMBER_OF_SWV]->(s:Organisation) RETURN s.id AS swvId ORDER BY swvId
          }),
          regionCodes: COLLECT {
            MATCH (o)-[:SERVES]->(:Municipality)-[:IN_REGION]->(r:Region {kind: 'RMC'})
            RETURN DISTINCT r.code AS code ORDER BY code
          }} AS record
