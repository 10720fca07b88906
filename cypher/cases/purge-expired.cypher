// The retention purge: every case whose retainUntil has passed goes, completely — its
// handovers, the notifications about it and its relationships, and subjects left without any
// case. The audit log gets one
// PURGE event with the count and nothing about what was purged.
OPTIONAL MATCH (c:Case) WHERE c.retainUntil < date($today)
OPTIONAL MATCH (c)-[:HAS_HANDOVER]->(h:Handover)
OPTIONAL MATCH (c)-[:CONCERNS]->(s:Subject)
OPTIONAL MATCH (n:Notification)-[:ABOUT]->(c)
WITH collect(DISTINCT c) AS cases, collect(DISTINCT h) AS handovers, collect(DISTINCT s) AS subjects,
     collect(DISTINCT n) AS notifications
FOREACH (n IN notifications | DETACH DELETE n)
FOREACH (h IN handovers | DETACH DELETE h)
FOREACH (c IN cases | DETACH DELETE c)
WITH size(cases) AS purged, subjects
CALL (subjects) {
  UNWIND subjects AS s
  WITH s WHERE NOT EXISTS { (s)<-[:CONCERNS]-(:Case) }
  DETACH DELETE s
  RETURN count(*) AS subjectsPurged
}
CREATE (e:AuditEvent {id: $eventId, at: datetime(), accountId: $accountId, action: 'PURGE',
                      operation: 'purge', count: purged})
RETURN purged, subjectsPurged
