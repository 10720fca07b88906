// Audit events, newest first, optionally for one case, one account or one action.
MATCH (e:AuditEvent)
WHERE ($caseId IS NULL OR e.caseId = $caseId)
  AND ($accountId IS NULL OR e.accountId = $accountId)
  AND ($action IS NULL OR e.action = $action)
WITH e ORDER BY e.at DESC, e.id
WITH collect(e) AS matching
RETURN size(matching) AS totalCount,
       [e IN matching[$offset..($offset + $limit)] |
        e {.id, .accountId, .action, .operation, .caseId, .handoverId, .count,
           at: toString(e.at)}] AS events
