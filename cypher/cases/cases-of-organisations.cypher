// For each organisation, one page of the cases it is involved in (newest first) and how many
// there are in all: one query for a whole list of organisations. Only cases the viewer's
// organisation is involved in too (a null organisation sees none).
UNWIND $ids AS id
CALL (id) {
  OPTIONAL MATCH (:Organisation {id: id})-[:INVOLVED_IN]->(c:Case)
  WHERE ($statuses IS NULL OR c.status IN $statuses)
    AND EXISTS { (:Organisation {id: $viewerOrganisationId})-[:INVOLVED_IN]->(c) }
  WITH c ORDER BY c.openedAt DESC, c.id
  RETURN collect(c.id) AS matching
}
RETURN id AS key, size(matching) AS totalCount, matching[$offset..($offset + $limit)] AS ids
