// Demo accounts, one per role, tied to synthetic professionals found by role and region.
// MERGE on e-mail: loading again changes nothing but the password hash.
UNWIND $accounts AS account
CALL (account) {
  OPTIONAL MATCH (p:Professional {role: account.professionalRole})-[w:WORKS_AT]->(o:Organisation)
                 -[:SERVES]->(:Municipality)-[:IN_REGION]->(:Region {code: account.regionCode})
  WHERE w.to IS NULL AND (account.organisationKind IS NULL OR o.kind = account.organisationKind)
  RETURN p ORDER BY p.id LIMIT 1
}
MERGE (a:Account {email: account.email})
ON CREATE SET a.id = account.id, a.createdAt = datetime()
SET a.role = account.role, a.passwordHash = account.passwordHash, a.source = 'demo'
WITH a, account, p
CALL (a, p) {
  WITH a, p WHERE p IS NOT NULL
  MERGE (a)-[:IS]->(p)
}
CALL (a, account) {
  WITH a, account WHERE account.role = 'REGIONAL_COORDINATOR'
  MATCH (r:Region {code: account.regionCode})
  MERGE (a)-[:COORDINATES_REGION]->(r)
}
RETURN count(a) AS accounts
