UNWIND $codes AS code
MATCH (:Region {code: code})-[:CONTACT_MUNICIPALITY]->(m:Municipality)
RETURN code AS key, m.code AS municipalityCode
