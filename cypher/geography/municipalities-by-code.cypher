UNWIND $codes AS code
MATCH (m:Municipality {code: code})
RETURN m.code AS code, m.name AS name, m.province AS province, m.population AS population
