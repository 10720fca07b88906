MATCH (e:AuditEvent {caseId: $id})
RETURN e.action AS action, e.operation AS operation, e.accountId AS accountId
ORDER BY e.at, e.operation
