// Ends a seat today; the membership stays on record.
MATCH (n {id: $memberId})-[s:MEMBER_OF]->(t:ConsultationTable {id: $id})
WHERE s.until IS NULL
SET s.until = date(), t.updatedAt = datetime()
RETURN t.id AS id
