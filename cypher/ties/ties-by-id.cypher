// Ties by id, with their ends and provenance. `assertedBy` holds a professional's id or a
// source text; a professional's id is returned as assertedByProfessionalId, with their name.
UNWIND $ids AS id
MATCH (a)-[t:TIE {id: id}]->(b)
WITH t, a, b,
     head(COLLECT { MATCH (p:Professional {id: t.assertedBy}) RETURN p }) AS asserter
RETURN t {.id, .kind, .strength, .source, .confirmedBy,
          status: coalesce(t.status, 'ACTIVE'),
          assertedBy: coalesce(asserter.name, t.assertedBy),
          assertedByProfessionalId: asserter.id,
          assertedAt: toString(t.assertedAt),
          lastConfirmedAt: toString(t.lastConfirmedAt),
          from: {type: head([l IN labels(a) WHERE l IN ['Organisation', 'Professional']]), id: a.id},
          to: {type: head([l IN labels(b) WHERE l IN ['Organisation', 'Professional']]), id: b.id}
         } AS tie
