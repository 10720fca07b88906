// A seat at the table for an organisation or a professional ($type), from $since.
MATCH (t:ConsultationTable {id: $id})
CALL () {
  MATCH (n:Organisation {id: $memberId}) WHERE $type = 'Organisation' RETURN n
  UNION
  MATCH (n:Professional {id: $memberId}) WHERE $type = 'Professional' RETURN n
}
CREATE (n)-[:MEMBER_OF {since: date($since)}]->(t)
SET t.updatedAt = datetime()
RETURN t.id AS id
