// Checks what a create or update refers to, before anything is written.
WITH [code IN $municipalityCodes WHERE NOT EXISTS { MATCH (:Municipality {code: code}) }]
       AS missingMunicipalities,
     [need IN $needs WHERE NOT EXISTS { MATCH (:Need {code: need}) }] AS missingNeeds
OPTIONAL MATCH (swv:Organisation {id: $swvId})
RETURN missingMunicipalities, missingNeeds, swv.kind AS swvKind
