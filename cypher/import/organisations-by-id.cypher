// Organisations as a spreadsheet row holds them (see cypher/export/organisations-page.cypher).
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
          })} AS record
