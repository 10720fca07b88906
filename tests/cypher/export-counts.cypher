// What an export of the region ($regionCode; null: everything) must hold, counted here
// independently of cypher/export/: active organisations serving the region plus the active SWVs
// of its schools; active professionals with a current job at one of them; active tables of
// the region; active ties between two of those; current seats of those at those tables.
CALL () {
  MATCH (o:Organisation)
  WHERE coalesce(o.status, 'ACTIVE') = 'ACTIVE'
    AND ($regionCode IS NULL
         OR EXISTS { (o)-[:SERVES]->(:Municipality)-[:IN_REGION]->(:Region {code: $regionCode}) }
         OR EXISTS { (o)<-[:MEMBER_OF_SWV]-(s:Organisation)-[:SERVES]->(:Municipality)
                     -[:IN_REGION]->(:Region {code: $regionCode})
                     WHERE coalesce(s.status, 'ACTIVE') = 'ACTIVE' })
  RETURN collect(o) AS organisations
}
CALL (organisations) {
  UNWIND organisations AS o
  MATCH (o)<-[w:WORKS_AT]-(p:Professional)
  WHERE w.to IS NULL AND coalesce(p.status, 'ACTIVE') = 'ACTIVE'
  RETURN collect(DISTINCT p) AS professionals
}
CALL () {
  MATCH (t:ConsultationTable)
  WHERE coalesce(t.status, 'ACTIVE') = 'ACTIVE'
    AND ($regionCode IS NULL OR EXISTS {
      (t)-[:FOR_MUNICIPALITY]->(:Municipality)-[:IN_REGION]->(:Region {code: $regionCode}) })
  RETURN collect(t) AS tables
}
WITH organisations, professionals, tables,
     organisations + professionals AS people
RETURN size(organisations) AS organisations,
       size(professionals) AS professionals,
       size(tables) AS tables,
       COUNT {
         MATCH (a)-[t:TIE]->(b)
         WHERE a IN people AND b IN people AND coalesce(t.status, 'ACTIVE') = 'ACTIVE'
       } AS ties,
       COUNT {
         MATCH (n)-[s:MEMBER_OF]->(t:ConsultationTable)
         WHERE t IN tables AND n IN people AND s.until IS NULL
       } AS seats
