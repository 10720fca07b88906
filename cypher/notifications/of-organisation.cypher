// One page of an organisation's notifications, newest first, and how many there are (unread
// only when asked).
CALL () {
  MATCH (n:Notification)-[:FOR]->(:Organisation {id: $organisationId})
  WHERE NOT $unreadOnly OR n.readAt IS NULL
  RETURN count(n) AS totalCount
}
CALL () {
  MATCH (n:Notification)-[:FOR]->(:Organisation {id: $organisationId})
  WHERE NOT $unreadOnly OR n.readAt IS NULL
  WITH n ORDER BY n.createdAt DESC, n.id SKIP $offset LIMIT $limit
  OPTIONAL MATCH (n)-[:ABOUT]->(c:Case)
  OPTIONAL MATCH (n)-[:WITH]->(o:Organisation)
  RETURN collect({
    id: n.id, kind: n.kind, createdAt: toString(n.createdAt),
    readAt: CASE WHEN n.readAt IS NULL THEN null ELSE toString(n.readAt) END,
    caseId: c.id, otherOrganisationId: o.id
  }) AS items
}
RETURN totalCount, items
