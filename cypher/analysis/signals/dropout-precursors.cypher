// For the region's dropouts (VSV cases opened from $from to $asOf): which earlier signals the
// same subject had, and how long before. A signal is an earlier case (its kind, its risk
// indicators, its needs) or a handover in one (its reason), dated by its opening or request.
// Per signal: how many dropouts had it, how many of those $organisationId may see (the dropout
// and every earlier case behind it), and the median lead in days from its first occurrence.
MATCH (:Region {code: $regionCode})<-[:IN_REGION]-(:Municipality)<-[:IN_MUNICIPALITY]-(d:Case {kind: 'VSV'})
WHERE date($from) <= d.openedAt <= date($asOf)
MATCH (d)-[:CONCERNS]->(:Subject)<-[:CONCERNS]-(e:Case)
WHERE e <> d AND e.openedAt < d.openedAt
WITH d, e,
     EXISTS { (:Organisation {id: $organisationId})-[:INVOLVED_IN]->(d) } AS dropoutVisible,
     EXISTS { (:Organisation {id: $organisationId})-[:INVOLVED_IN]->(e) } AS earlierVisible
CALL (d, e) {
  RETURN 'CASE_KIND' AS type, e.kind AS code, e.openedAt AS at
  UNION
  UNWIND e.riskIndicators AS indicator
  RETURN 'RISK_INDICATOR' AS type, indicator AS code, e.openedAt AS at
  UNION
  MATCH (e)-[:NEEDS]->(n:Need)
  RETURN 'NEED' AS type, n.code AS code, e.openedAt AS at
  UNION
  MATCH (e)-[:HAS_HANDOVER]->(h:Handover)
  WHERE date(h.requestedAt) < d.openedAt
  RETURN 'HANDOVER' AS type, h.reason AS code, date(h.requestedAt) AS at
}
WITH d, dropoutVisible, type, code, min(at) AS first, collect(earlierVisible) AS earlier
WITH type, code, duration.inDays(first, d.openedAt).days AS lead,
     dropoutVisible AND all(v IN earlier WHERE v) AS visible
RETURN type, code, count(*) AS dropouts, count(CASE WHEN visible THEN 1 END) AS visibleDropouts,
       percentileCont(lead, 0.5) AS medianLeadDays
ORDER BY dropouts DESC, type, code
