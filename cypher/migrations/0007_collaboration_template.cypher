// The expected-collaboration template (issue 6): one node per rule, keyed by its code.
CREATE CONSTRAINT collaboration_rule_code IF NOT EXISTS
FOR (r:CollaborationRule) REQUIRE r.code IS UNIQUE;
