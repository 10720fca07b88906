// One page of handover ids matching the filter (newest request first), and how many match.
// Every filter is optional: a null parameter does not restrict. Only handovers the viewer's
// organisation may see: of cases it is involved in, or sent to it (a null organisation sees none).
CALL () {
  MATCH (:Organisation {id: $viewerOrganisationId})-[:INVOLVED_IN]->(c:Case)-[:HAS_HANDOVER]->(h:Handover)
  RETURN c, h
  UNION
  MATCH (:Organisation {id: $viewerOrganisationId})<-[:TO]-(h:Handover)<-[:HAS_HANDOVER]-(c:Case)
  RETURN c, h
}
WITH c, h
WHERE ($statuses IS NULL OR h.status IN $statuses)
  AND ($caseId IS NULL OR c.id = $caseId)
  AND ($fromOrganisationId IS NULL
       OR EXISTS { (h)-[:FROM]->(:Organisation {id: $fromOrganisationId}) })
  AND ($toOrganisationId IS NULL
       OR EXISTS { (h)-[:TO]->(:Organisation {id: $toOrganisationId}) })
WITH h ORDER BY h.requestedAt DESC, h.id
WITH collect(h.id) AS matching
RETURN size(matching) AS totalCount, matching[$offset..($offset + $limit)] AS ids
