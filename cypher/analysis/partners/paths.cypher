// The shortest path (at most 4 steps) from the asking professional $askerId to each of
// $targetIds, through active ties between professionals or organisations, current jobs and
// samenwerkingsverband membership; archived people and organisations are no way through.
// A target with no such path gets no row. These relationships only join organisations and
// professionals, so no label check is needed on the way.
MATCH (asker:Professional {id: $askerId})
UNWIND $targetIds AS targetId
MATCH (target:Organisation {id: targetId})
MATCH path = SHORTEST 1 (asker)
  (()-[r:TIE|WORKS_AT|MEMBER_OF_SWV]-(x)
    WHERE (r.status IS NULL OR r.status = 'ACTIVE') AND r.to IS NULL
      AND coalesce(x.status, 'ACTIVE') = 'ACTIVE'){1,4}
  (target)
RETURN targetId,
       [n IN nodes(path) | {
          id: n.id, name: n.name,
          type: CASE WHEN n:Professional THEN 'PROFESSIONAL' ELSE 'ORGANISATION' END,
          kind: coalesce(n.kind, n.role)}] AS nodes,
       [rel IN relationships(path) | {
          relation: type(rel), tieKind: rel.kind,
          lastConfirmedAt: toString(rel.lastConfirmedAt)}] AS links
