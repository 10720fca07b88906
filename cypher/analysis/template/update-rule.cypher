// An administrator's change to a rule: every field is given (the caller merged the change into
// the stored rule). A default becomes EDITED, so that loading the defaults never touches it.
MATCH (r:CollaborationRule {code: $code})
SET r.fromKinds = $rule.fromKinds, r.toKinds = $rule.toKinds, r.scope = $rule.scope,
    r.toOffers = $rule.toOffers, r.severity = $rule.severity,
    r.description = $rule.description, r.enabled = $rule.enabled,
    r.origin = CASE r.origin WHEN 'DEFAULT' THEN 'EDITED' ELSE r.origin END,
    r.editedAt = datetime(), r.editedBy = $editedBy
RETURN r.code AS code
