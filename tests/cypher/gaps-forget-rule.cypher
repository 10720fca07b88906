// Removes a template rule, so that loading the defaults puts the shipped one back.
MATCH (r:CollaborationRule {code: $code})
DETACH DELETE r
RETURN count(*) AS removed
