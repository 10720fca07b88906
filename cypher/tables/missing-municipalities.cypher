// The codes among $codes that name no municipality.
UNWIND $codes AS code
OPTIONAL MATCH (m:Municipality {code: code})
WITH code, m WHERE m IS NULL
RETURN collect(code) AS missing
