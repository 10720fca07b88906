// Which of these cases the organisation is involved in.
UNWIND $caseIds AS id
MATCH (:Organisation {id: $organisationId})-[:INVOLVED_IN]->(c:Case {id: id})
RETURN c.id AS id
