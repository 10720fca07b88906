// Appends audit events: who, when, what, which case (found through a handover if need be).
// Nothing in the product updates or deletes an AuditEvent.
UNWIND $events AS event
OPTIONAL MATCH (c:Case)-[:HAS_HANDOVER]->(:Handover {id: event.handoverId})
CREATE (e:AuditEvent {
  id: event.id,
  at: datetime(),
  accountId: $accountId,
  action: event.action,
  operation: event.operation,
  caseId: coalesce(event.caseId, c.id),
  handoverId: event.handoverId
})
RETURN count(e) AS written
