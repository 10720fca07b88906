// The shipped default of the expected-collaboration template (seeds/template.ts). A rule is
// created once per code: one that exists (untouched, edited or disabled by an administrator)
// is left exactly as it is, so loading again changes nothing.
UNWIND $rules AS rule
MERGE (r:CollaborationRule {code: rule.code})
  ON CREATE SET r.fromKinds = rule.fromKinds, r.toKinds = rule.toKinds, r.scope = rule.scope,
                r.toOffers = rule.toOffers, r.severity = rule.severity,
                r.description = rule.description, r.enabled = true, r.origin = 'DEFAULT',
                r.position = rule.position, r.createdAt = datetime()
RETURN count(r) AS rules
