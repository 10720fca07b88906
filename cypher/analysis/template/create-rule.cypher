// A new rule added by an administrator; nothing when the code is taken (the caller says CONFLICT).
OPTIONAL MATCH (existing:CollaborationRule {code: $rule.code})
WITH existing WHERE existing IS NULL
CREATE (r:CollaborationRule {code: $rule.code})
SET r.fromKinds = $rule.fromKinds, r.toKinds = $rule.toKinds, r.scope = $rule.scope,
    r.toOffers = $rule.toOffers, r.severity = $rule.severity,
    r.description = $rule.description, r.enabled = true, r.origin = 'ADDED',
    r.createdAt = datetime(), r.editedAt = datetime(), r.editedBy = $editedBy
RETURN r.code AS code
