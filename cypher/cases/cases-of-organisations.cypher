// For each organisation, one page of the cases it is involved in (newest first) and how many
// there are in all: one query for a whole list of organisations.
UNWIND $ids AS id
CALL (id) {
  OPTIONAL MATCH (:Organisation {id: id})-[:INVOLVED_IN]->(c:Case)
  WHERE $statuses IS NULL OR c.status IN $statuses
  WITH c ORDER BY c.openedAt DESC, c.id
  RETURN collect(c.id) AS matching
}
RETURN id AS key, size(matching) AS totalCount, matching[$offset..($offset + $limit)] AS ids
