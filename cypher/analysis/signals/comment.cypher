// A comment on a signal, by an account (and the professional it is, if any).
MATCH (s:Signal {id: $id})
CREATE (c:SignalComment {id: $commentId, text: $text, at: datetime(), authorAccountId: $accountId})
       -[:ABOUT]->(s)
SET s.updatedAt = datetime()
WITH c
CALL (c) {
  MATCH (p:Professional {id: $professionalId})
  CREATE (p)-[:WROTE]->(c)
}
RETURN c.id AS id
