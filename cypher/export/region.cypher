// Whether a region exists, and its name, before anything is exported for it.
MATCH (r:Region {code: $code})
RETURN r.code AS code, r.name AS name
