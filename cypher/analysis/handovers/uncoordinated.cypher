// A region's cases (by the case's municipality) open on $asOf with three or more organisations
// involved and nobody holding the regie (no COORDINATES) by then: opened on or before $asOf and
// not closed by it; involvements and coordinators count from their `since` (before $until).
MATCH (:Region {code: $regionCode})<-[:IN_REGION]-(:Municipality)<-[:IN_MUNICIPALITY]-(c:Case)
WHERE date(c.openedAt) <= date($asOf)
  AND (c.closedAt IS NULL OR date(c.closedAt) > date($asOf))
  AND (c.status = 'OPEN' OR c.closedAt IS NOT NULL)
WITH c,
     [(o:Organisation)-[i:INVOLVED_IN]->(c)
       WHERE i.since IS NULL OR i.since < datetime($until) | o.id] AS organisationIds
WHERE size(organisationIds) >= 3
  AND NOT EXISTS {
    MATCH (:Professional)-[k:COORDINATES]->(c)
    WHERE k.since IS NULL OR k.since < datetime($until)
  }
RETURN c.id AS caseId, organisationIds, c.openedAt AS openedAt
ORDER BY openedAt, caseId
