// The current seat (not ended) of each member at each table, if any, with its first day.
UNWIND $seats AS seat
CALL (seat) {
  MATCH (n:Organisation {id: seat.memberId}) WHERE seat.memberType = 'Organisation' RETURN n
  UNION
  MATCH (n:Professional {id: seat.memberId}) WHERE seat.memberType = 'Professional' RETURN n
}
MATCH (n)-[s:MEMBER_OF]->(:ConsultationTable {id: seat.tableId})
WHERE s.until IS NULL
RETURN seat.tableId AS tableId, seat.memberId AS memberId, head(collect(toString(s.since))) AS since
