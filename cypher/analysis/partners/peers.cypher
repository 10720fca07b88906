// Peers: active professionals in role $role who handled cases like the asker's — of kind $kind,
// sharing at least one of $needs, opened before $until — by coordinating them or sending or
// receiving one of their handovers (before $until). Only peers now working at an organisation
// other than $excludeOrganisationId that serves none of $excludeMunicipalityCodes: colleagues
// elsewhere. Similarity of a case: shared needs / all needs of the two (Jaccard); a peer's
// score is the sum over their similar cases. Expands from the needs, never from all cases.
// `visibleCases`: those $viewerOrganisationId is involved in (auth/access.ts). Peers whose count
// may not be shown (1–4 cases the viewer may not all see) come last, by id, so that the order
// reveals nothing the hidden count would not.
UNWIND $needs AS code
MATCH (:Need {code: code})<-[:NEEDS]-(c:Case {kind: $kind})
WHERE c.openedAt < date($until)
WITH DISTINCT c
WITH c, [(c)-[:NEEDS]->(n:Need) | n.code] AS caseNeeds
WITH c, caseNeeds, [x IN caseNeeds WHERE x IN $needs] AS shared
WITH c, shared,
     toFloat(size(shared)) / (size(caseNeeds) + size($needs) - size(shared)) AS similarity
CALL (c) {
  MATCH (p:Professional)-[:COORDINATES]->(c)
  RETURN p
  UNION
  MATCH (c)-[:HAS_HANDOVER]->(h:Handover)-[:FROM_PROFESSIONAL|TO_PROFESSIONAL]->(p:Professional)
  WHERE h.requestedAt < datetime($until)
  RETURN p
}
WITH c, shared, similarity, p
WHERE p.role = $role AND p.status = 'ACTIVE' AND p.id <> coalesce($askerId, '')
MATCH (p)-[w:WORKS_AT]->(o:Organisation)
WHERE w.to IS NULL AND o.id <> coalesce($excludeOrganisationId, '')
  AND NOT EXISTS { (o)-[:SERVES]->(m:Municipality) WHERE m.code IN $excludeMunicipalityCodes }
WITH p, o, c, shared, similarity,
     EXISTS { (:Organisation {id: $viewerOrganisationId})-[:INVOLVED_IN]->(c) } AS mine
WITH p, o, collect({id: c.id, shared: shared, similarity: similarity, mine: mine}) AS similar
WITH p, o, similar, size(similar) AS caseTotal,
     size([x IN similar WHERE x.mine]) AS visibleCases,
     reduce(total = 0.0, x IN similar | total + x.similarity) AS score
WITH p, o, similar, caseTotal, visibleCases, score,
     caseTotal >= 5 OR visibleCases = caseTotal AS shown
ORDER BY shown DESC, CASE WHEN shown THEN score END DESC, p.id
LIMIT $limit
RETURN p.id AS professionalId, o.id AS organisationId, caseTotal AS cases, visibleCases, score,
       [code IN $needs | {
          need: code,
          cases: size([x IN similar WHERE code IN x.shared]),
          visibleCases: size([x IN similar WHERE code IN x.shared AND x.mine])}] AS needCounts,
       [x IN similar WHERE x.mine | x.id][..10] AS readableCaseIds
