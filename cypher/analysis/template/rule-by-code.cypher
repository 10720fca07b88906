// One rule by its code, enabled or not.
MATCH (r:CollaborationRule {code: $code})
RETURN r {.code, .fromKinds, .toKinds, .scope, .toOffers, .severity, .description, .enabled,
          .origin, editedAt: toString(r.editedAt)} AS rule
