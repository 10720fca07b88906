// The rules of the expected-collaboration template: all, or the enabled ones only; the shipped
// defaults in their order first, then added rules by code.
MATCH (r:CollaborationRule)
WHERE $includeDisabled OR r.enabled
WITH r ORDER BY coalesce(r.position, 1000000), r.code
RETURN r {.code, .fromKinds, .toKinds, .scope, .toOffers, .severity, .description, .enabled,
          .origin, editedAt: toString(r.editedAt)} AS rule
