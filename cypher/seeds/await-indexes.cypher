// Waits until every index and constraint is online (after a bulk import the migrations create
// them over data already there, and Neo4j populates them in the background).
CALL db.awaitIndexes($seconds)
