UNWIND $codes AS code
MATCH (:Region {code: code})<-[:IN_REGION]-(m:Municipality)
WITH code, m ORDER BY m.name
RETURN code AS key,
       collect(m {.code, .name, .province, .population}) AS municipalities
