// Handovers of a region's cases (by the case's municipality) requested from $from up to $until
// (exclusive), grouped by sending and receiving organisation, or by their kinds ($by = 'KIND').
// Answers count as they stood before $answeredBy: a later answer is still pending.
// `visibleCases` are the cases $organisationId (the asker's organisation; null: none) is
// involved in — the rule of auth/access.ts — so a count the asker may wholly see is not hidden.
MATCH (:Region {code: $regionCode})<-[:IN_REGION]-(:Municipality)<-[:IN_MUNICIPALITY]-(c:Case)
MATCH (c)-[:HAS_HANDOVER]->(h:Handover)
WHERE h.requestedAt >= datetime($from) AND h.requestedAt < datetime($until)
MATCH (a:Organisation)<-[:FROM]-(h)-[:TO]->(b:Organisation)
WITH c, h, a, b,
     EXISTS { (:Organisation {id: $organisationId})-[:INVOLVED_IN]->(c) } AS mine,
     h.acceptedAt IS NOT NULL AND h.acceptedAt < datetime($answeredBy) AS accepted,
     h.declinedAt IS NOT NULL AND h.declinedAt < datetime($answeredBy) AS declined
WITH CASE $by WHEN 'KIND' THEN a.kind ELSE a.id END AS fromKey,
     CASE $by WHEN 'KIND' THEN b.kind ELSE b.id END AS toKey,
     a.kind AS fromKind, b.kind AS toKind, c, h, mine, accepted, declined
RETURN fromKey, toKey, fromKind, toKind,
       count(h) AS handovers,
       count(DISTINCT c) AS cases,
       count(DISTINCT CASE WHEN mine THEN c END) AS visibleCases,
       sum(CASE WHEN accepted THEN 1 ELSE 0 END) AS accepted,
       sum(CASE WHEN declined THEN 1 ELSE 0 END) AS declined,
       percentileCont(
         CASE WHEN accepted THEN duration.inSeconds(h.requestedAt, h.acceptedAt).seconds / 86400.0 END,
         0.5) AS medianDaysToAccept
ORDER BY handovers DESC, fromKey, toKey
