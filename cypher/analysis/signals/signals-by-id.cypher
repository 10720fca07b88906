// Signals with their region, need, school, raiser, endorsers and agenda items.
UNWIND $ids AS id
MATCH (s:Signal {id: id})-[:FOR_REGION]->(r:Region)
RETURN s {
  .id, .kind, .origin, .title, .description, .status, .closingNote, .raisedByAccountId,
  asOf: toString(s.asOf), createdAt: toString(s.createdAt), updatedAt: toString(s.updatedAt),
  closedAt: toString(s.closedAt),
  regionCode: r.code,
  need: [(s)-[:ABOUT_NEED]->(n:Need) | n.code][0],
  schoolId: [(s)-[:ABOUT_SCHOOL]->(o:Organisation) | o.id][0],
  raisedById: [(p:Professional)-[:RAISED]->(s) | p.id][0],
  endorserIds: COLLECT { MATCH (p:Professional)-[e:ENDORSED]->(s) RETURN p.id ORDER BY e.at },
  agenda: COLLECT {
    MATCH (s)-[a:ON_AGENDA]->(x)
    RETURN {tableId: CASE WHEN x:ConsultationTable THEN x.id END,
            regionCode: CASE WHEN x:Region THEN x.code END, since: toString(a.since)}
    ORDER BY a.since
  }
} AS signal
