// Removes what the cases and handovers tests made: cases by id or involving an organisation of
// theirs, with their handovers, notifications and the subjects no other case concerns; then their
// organisations and professionals (ids starting with $prefix). Demo data never has these ids.
MATCH (c:Case)
WHERE c.id IN $caseIds
   OR EXISTS { MATCH (o:Organisation)-[:INVOLVED_IN]->(c) WHERE o.id STARTS WITH $prefix }
WITH collect(c) AS cases
CALL (cases) {
  UNWIND cases AS c
  MATCH (c)-[:HAS_HANDOVER]->(h:Handover)
  DETACH DELETE h
}
CALL (cases) {
  UNWIND cases AS c
  MATCH (n:Notification)-[:ABOUT]->(c)
  DETACH DELETE n
}
CALL (cases) {
  UNWIND cases AS c
  OPTIONAL MATCH (c)-[:CONCERNS]->(s:Subject)
  RETURN collect(DISTINCT s) AS subjects
}
CALL (cases) {
  UNWIND cases AS c
  DETACH DELETE c
}
CALL (subjects) {
  UNWIND subjects AS s
  WITH s WHERE NOT EXISTS { (s)<-[:CONCERNS]-(:Case) }
  DELETE s
}
CALL () {
  MATCH (n)
  WHERE (n:Organisation OR n:Professional) AND n.id STARTS WITH $prefix
  DETACH DELETE n
}
RETURN size(cases) AS deletedCases
