// A test account for one professional, with a given role and password hash.
MATCH (p:Professional {id: $professionalId})
CREATE (a:Account {id: $id, email: $email, role: $role, passwordHash: $passwordHash, source: 'test'})
CREATE (a)-[:IS]->(p)
RETURN a.id AS id
