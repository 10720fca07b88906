// Makes an organisation involved in the case; already involved stays as it was.
MATCH (c:Case {id: $caseId})
MATCH (o:Organisation {id: $organisationId})
MERGE (o)-[r:INVOLVED_IN]->(c)
  ON CREATE SET r.since = datetime(), r.role = $role, c.updatedAt = datetime()
RETURN c.id AS id
