// Accounts, sessions and the audit log (issue 5).
CREATE CONSTRAINT account_id IF NOT EXISTS
FOR (a:Account) REQUIRE a.id IS UNIQUE;

CREATE CONSTRAINT account_email IF NOT EXISTS
FOR (a:Account) REQUIRE a.email IS UNIQUE;

CREATE CONSTRAINT session_id IF NOT EXISTS
FOR (s:Session) REQUIRE s.id IS UNIQUE;

CREATE CONSTRAINT audit_event_id IF NOT EXISTS
FOR (e:AuditEvent) REQUIRE e.id IS UNIQUE;

CREATE INDEX audit_event_at IF NOT EXISTS
FOR (e:AuditEvent) ON (e.at);

CREATE INDEX audit_event_case IF NOT EXISTS
FOR (e:AuditEvent) ON (e.caseId);
