// Ties as a spreadsheet row holds them, with the type and ids of their ends as stored
// (see cypher/export/ties-page.cypher).
UNWIND $ids AS id
MATCH (a)-[t:TIE {id: id}]->(b)
RETURN t {.id, .kind, .strength, .assertedBy, .confirmedBy,
          type: head([l IN labels(a) WHERE l IN ['Organisation', 'Professional']]),
          fromId: a.id, toId: b.id,
          lastConfirmedAt: toString(t.lastConfirmedAt),
          status: coalesce(t.status, 'ACTIVE')} AS record
