// One page of ties matching the filter, and how many match in all: all ties, or those of one
// organisation or professional ($anchorType, $anchorId). Every filter is optional (null does
// not restrict); archived means the tie or one of its ends. Never confirmed first, then the
// longest unconfirmed; the id breaks ties.
CALL () {
  WITH 1 AS everything WHERE $anchorType IS NULL
  MATCH ()-[t:TIE]->() RETURN t
  UNION
  MATCH (:Organisation {id: $anchorId})-[t:TIE]-() WHERE $anchorType = 'Organisation' RETURN t
  UNION
  MATCH (:Professional {id: $anchorId})-[t:TIE]-() WHERE $anchorType = 'Professional' RETURN t
}
WITH t
WHERE ($includeArchived
       OR all(x IN [t, startNode(t), endNode(t)] WHERE coalesce(x.status, 'ACTIVE') = 'ACTIVE'))
  AND ($kinds IS NULL OR t.kind IN $kinds)
  AND ($staleBefore IS NULL OR t.lastConfirmedAt IS NULL OR t.lastConfirmedAt < date($staleBefore))
ORDER BY t.lastConfirmedAt IS NOT NULL, t.lastConfirmedAt, t.id
WITH collect(t) AS matching
CALL (matching) {
  WITH matching[$offset..($offset + $limit)] AS page
  UNWIND range(0, size(page) - 1) AS position
  WITH position, page[position] AS t
  WITH position, t, startNode(t) AS a, endNode(t) AS b,
       head(COLLECT { MATCH (p:Professional {id: t.assertedBy}) RETURN p }) AS asserter
  ORDER BY position
  RETURN collect(t {.id, .kind, .strength, .source, .confirmedBy,
                    status: coalesce(t.status, 'ACTIVE'),
                    assertedBy: coalesce(asserter.name, t.assertedBy),
                    assertedByProfessionalId: asserter.id,
                    assertedAt: toString(t.assertedAt),
                    lastConfirmedAt: toString(t.lastConfirmedAt),
                    from: {type: head([l IN labels(a) WHERE l IN ['Organisation', 'Professional']]),
                           id: a.id},
                    to: {type: head([l IN labels(b) WHERE l IN ['Organisation', 'Professional']]),
                         id: b.id}}) AS ties
}
RETURN size(matching) AS totalCount, ties
