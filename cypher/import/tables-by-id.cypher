// Consultation tables as a spreadsheet row holds them (see cypher/export/tables-page.cypher).
UNWIND $ids AS id
MATCH (t:ConsultationTable {id: id})
RETURN t {.id, .name, .kind,
          status: coalesce(t.status, 'ACTIVE'),
          municipalityCodes: COLLECT {
            MATCH (t)-[:FOR_MUNICIPALITY]->(m:Municipality) RETURN m.code AS code ORDER BY code
          }} AS record
