// The handover track record of each of $ids: handovers it received (from anywhere) requested
// before $until (the day after `asOf`), how many distinct cases they carried, how many were
// accepted or declined before $until, and the median days from request to acceptance.
// `visibleCases`: those cases $viewerOrganisationId is involved in (auth/access.ts), counted
// only when they could matter — fewer than five cases — since a count of five or more is shown.
// `newestTieConfirmedAt`: the latest confirmation of any active tie of the organisation.
// A busy organisation receives thousands of handovers, so each is read once: TO and
// HAS_HANDOVER join only handovers and their cases (no label checks), each date read once.
UNWIND $ids AS id
MATCH (o:Organisation {id: id})
CALL (o) {
  OPTIONAL MATCH (o)<-[:TO]-(h)<-[:HAS_HANDOVER]-(c)
  WITH c, h.requestedAt AS requested, h.acceptedAt AS accepted, h.declinedAt AS declined
  WHERE requested < datetime($until)
  WITH c, requested,
       CASE WHEN accepted < datetime($until) THEN accepted END AS accepted,
       CASE WHEN declined < datetime($until) THEN 1 ELSE 0 END AS declined
  RETURN count(DISTINCT c) AS cases, collect(DISTINCT c)[..5] AS few,
         count(accepted) AS accepted, sum(declined) AS declined,
         percentileCont(duration.inSeconds(requested, accepted).seconds / 86400.0, 0.5)
           AS medianDaysToAccept
}
WITH o, cases, accepted, declined, medianDaysToAccept,
     CASE WHEN cases < 5
          THEN size([c IN few WHERE EXISTS {
                 (:Organisation {id: $viewerOrganisationId})-[:INVOLVED_IN]->(c) }])
          ELSE 0 END AS visibleCases
CALL (o) {
  OPTIONAL MATCH (o)-[t:TIE]-()
  WHERE t.status = 'ACTIVE' AND t.lastConfirmedAt < date($until)
  RETURN toString(max(t.lastConfirmedAt)) AS newestTieConfirmedAt
}
RETURN o.id AS id, cases, visibleCases, accepted, declined, medianDaysToAccept,
       newestTieConfirmedAt
