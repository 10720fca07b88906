// Every municipality code, to check the codes a file names in one look-up.
MATCH (m:Municipality)
RETURN collect(m.code) AS codes
