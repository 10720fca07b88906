// A new professional, their first job (from $from, still current) and their expertise.
MATCH (o:Organisation {id: $organisationId})
CREATE (p:Professional {id: $id, name: $name, role: $role, email: $email, phone: $phone,
                        status: 'ACTIVE', createdAt: datetime(), updatedAt: datetime(),
                        source: $source})
CREATE (p)-[:WORKS_AT {from: date($from)}]->(o)
WITH p
CALL (p) {
  UNWIND $expertise AS code
  MATCH (n:Need {code: code})
  MERGE (p)-[:HAS_EXPERTISE]->(n)
}
RETURN p.id AS id
