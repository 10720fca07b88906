// Consultation tables by id for an export: their spreadsheet row (as
// cypher/import/tables-by-id reads it) and the RMC regions of their municipalities.
UNWIND $ids AS id
MATCH (t:ConsultationTable {id: id})
RETURN t {.id, .name, .kind,
          status: coalesce(t.status, 'ACTIVE'),
          municipalityCodes: COLLECT {
            MATCH (t)-[:FOR_MUNICIPALITY]->(m:Municipality) RETURN m.code AS code ORDER BY code
          },
          regionCodes: COLLECT {
            MATCH (t)-[:FOR_MUNICIPALITY]->(:Municipality)-[:IN_REGION]->(r:Region {kind: 'RMC'})
            RETURN DISTINCT r.code AS code ORDER BY code
          }} AS record
