// Removes up to $limit nodes with the label $label whose id starts with $prefix (a preset's
// ids), with their relationships. Run until it deletes nothing.
CALL () {
  MATCH (n:Handover) WHERE $label = 'Handover' AND n.id STARTS WITH $prefix RETURN n
  UNION
  MATCH (n:Case) WHERE $label = 'Case' AND n.id STARTS WITH $prefix RETURN n
  UNION
  MATCH (n:ConsultationTable) WHERE $label = 'ConsultationTable' AND n.id STARTS WITH $prefix RETURN n
  UNION
  MATCH (n:Professional) WHERE $label = 'Professional' AND n.id STARTS WITH $prefix RETURN n
  UNION
  MATCH (n:Organisation) WHERE $label = 'Organisation' AND n.id STARTS WITH $prefix RETURN n
}
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted
