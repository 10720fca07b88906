// What a change to a table must know first: its status and, for $memberId, a current seat.
MATCH (t:ConsultationTable {id: $id})
RETURN coalesce(t.status, 'ACTIVE') AS status,
       EXISTS { (n {id: $memberId})-[s:MEMBER_OF]->(t) WHERE s.until IS NULL } AS seated
