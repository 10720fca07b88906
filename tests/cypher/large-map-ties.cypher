// A batch of the large-map test's ties, with the properties the seed loader gives a tie
// (cypher/seeds/organisation-ties.cypher); the id is the active key.
UNWIND $rows AS row
MATCH (a:Organisation {id: row.fromId})
MATCH (b:Organisation {id: row.toId})
CREATE (a)-[:TIE {id: row.id, kind: row.kind, strength: toInteger(row.strength), status: 'ACTIVE',
                  activeKey: row.id, assertedBy: $source, assertedAt: datetime($createdAt),
                  source: $source, lastConfirmedAt: date($confirmedAt)}]->(b)
RETURN count(*) AS written
