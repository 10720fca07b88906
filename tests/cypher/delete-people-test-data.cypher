// Removes what the professionals, ties and tables tests made: nodes by id or id prefix, with
// their relationships (ties and seats included). Demo data never carries these ids.
MATCH (n)
WHERE (n:Organisation OR n:Professional OR n:ConsultationTable)
  AND (n.id IN $ids OR n.id STARTS WITH $prefix)
DETACH DELETE n
