// What a partner or peer request starts from, in one round trip: whether the municipality
// exists; the asking professional's role, current organisation and the municipalities it
// serves; and the case's kind, needs and municipality. Each part is null when not asked or
// not found.
CALL () {
  OPTIONAL MATCH (m:Municipality {code: $municipalityCode})
  RETURN m.code AS municipalityCode
}
CALL () {
  OPTIONAL MATCH (p:Professional {id: $askerId})
  OPTIONAL MATCH (p)-[w:WORKS_AT]->(o:Organisation)
  WHERE w.to IS NULL
  WITH p, o ORDER BY o.id LIMIT 1
  RETURN CASE WHEN p IS NULL THEN null ELSE {
           id: p.id, role: p.role, organisationId: o.id,
           municipalityCodes: [(o)-[:SERVES]->(s:Municipality) | s.code]
         } END AS asker
}
CALL () {
  OPTIONAL MATCH (c:Case {id: $caseId})
  OPTIONAL MATCH (c)-[:IN_MUNICIPALITY]->(cm:Municipality)
  RETURN CASE WHEN c IS NULL THEN null ELSE {
           id: c.id, kind: c.kind, municipalityCode: cm.code,
           needs: [(c)-[:NEEDS]->(n:Need) | n.code]
         } END AS case
}
RETURN municipalityCode, asker, case
