MATCH (e:AuditEvent {action: 'PURGE'})
RETURN e {.*, at: toString(e.at)} AS event
ORDER BY e.at DESC LIMIT 1
