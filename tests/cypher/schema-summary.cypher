// Names of all constraints and indexes, to compare the schema before and after.
SHOW INDEXES YIELD name
RETURN collect(name) AS names
