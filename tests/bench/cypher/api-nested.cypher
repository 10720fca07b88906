// Hand-written equivalent of the nested read: an organisation, its current active professionals
// (by name) with their active ties to active professionals, and its own active ties to active
// organisations (by kind, then id), each tie with the other end — one query, one round trip.
MATCH (o:Organisation {id: $id})
RETURN o {
  .id, .name, .kind,
  professionals: COLLECT {
    MATCH (o)<-[w:WORKS_AT]-(p:Professional)
    WHERE w.to IS NULL AND coalesce(p.status, 'ACTIVE') = 'ACTIVE'
    WITH p ORDER BY toLower(p.name), p.id
    RETURN p {
      .id, .name, .role, .email,
      ties: COLLECT {
        MATCH (p)-[t:TIE]-(n:Professional)
        WHERE coalesce(t.status, 'ACTIVE') = 'ACTIVE' AND coalesce(n.status, 'ACTIVE') = 'ACTIVE'
        WITH t, n ORDER BY t.kind, t.id
        RETURN t {.id, .kind, .strength, lastConfirmedAt: toString(t.lastConfirmedAt),
                  neighbour: n {.id, .name}}
      }
    }
  },
  ties: COLLECT {
    MATCH (o)-[t:TIE]-(n:Organisation)
    WHERE coalesce(t.status, 'ACTIVE') = 'ACTIVE' AND coalesce(n.status, 'ACTIVE') = 'ACTIVE'
    WITH t, n ORDER BY t.kind, t.id
    RETURN t {.id, .kind, .strength, lastConfirmedAt: toString(t.lastConfirmedAt),
              neighbour: n {.id, .name, .kind}}
  }
} AS organisation
