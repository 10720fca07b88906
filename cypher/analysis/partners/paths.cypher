// The shortest path (at most 4 steps) from the asking professional $askerId to each of
// $targetIds, through active ties between professionals or organisations, current jobs and
// samenwerkingsverband membership; archived people and organisations are no way through.
// A target with no such path gets no row. These relationships only join organisations and
// professionals, so no label check is needed on the way.
//
// Met in the middle rather than searched target by target: the last step of any such path
// leaves a node at most 3 steps from the asker. So the asker's side is searched once, 0–3 steps
// (`near`: one shortest path to each node reached, a few thousand at most), each target's side
// only one step (its own ties, staff and memberships), and the two are hash-joined on the node
// where they meet. A target's shortest path is the shortest `near` plus that last step — exact,
// and far cheaper than a 4-step search per target when an organisation has hundreds of links.
MATCH (asker:Professional {id: $askerId})
MATCH near = SHORTEST 1 (asker)
  (()-[r:TIE|WORKS_AT|MEMBER_OF_SWV]-(x)
    WHERE (r.status IS NULL OR r.status = 'ACTIVE') AND r.to IS NULL
      AND coalesce(x.status, 'ACTIVE') = 'ACTIVE'){0,3}
  (meet)
MATCH (meet)-[last:TIE|WORKS_AT|MEMBER_OF_SWV]-(target:Organisation)
USING JOIN ON meet
WHERE target.id IN $targetIds
  AND (last.status IS NULL OR last.status = 'ACTIVE') AND last.to IS NULL
  AND coalesce(target.status, 'ACTIVE') = 'ACTIVE'
WITH target, near, last
ORDER BY length(near)
WITH target, head(collect({near: near, last: last})) AS best
WITH target, nodes(best.near) + target AS pathNodes,
     relationships(best.near) + best.last AS pathLinks
RETURN target.id AS targetId,
       [n IN pathNodes | {
          id: n.id, name: n.name,
          type: CASE WHEN n:Professional THEN 'PROFESSIONAL' ELSE 'ORGANISATION' END,
          kind: coalesce(n.kind, n.role)}] AS nodes,
       [rel IN pathLinks | {
          relation: type(rel), tieKind: rel.kind,
          lastConfirmedAt: toString(rel.lastConfirmedAt)}] AS links
