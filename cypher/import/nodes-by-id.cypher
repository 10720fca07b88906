// What each id names, if anything: an organisation, a professional or a consultation table,
// with its kind and status. One id names at most one record, across the three.
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Organisation {id: id}) RETURN 'Organisation' AS type, n
  UNION
  MATCH (n:Professional {id: id}) RETURN 'Professional' AS type, n
  UNION
  MATCH (n:ConsultationTable {id: id}) RETURN 'ConsultationTable' AS type, n
}
RETURN id, type, n.name AS name, n.kind AS kind, coalesce(n.status, 'ACTIVE') AS status
