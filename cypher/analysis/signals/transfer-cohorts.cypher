// Warm VO → MBO transfer cohorts per sending school of a region, and their first-year dropouts.
// A transfer: a KWETSBARE_POSITIE case with the OVERGANG_VO_MBO risk at the school whose warm
// handover (WARME_OVERDRACHT_VO_MBO) an MBO accepted before $asOf; its cohort is the year of the
// handover. A dropout: a VSV case of the same subject at an MBO, opened in that cohort's first
// MBO school year (1 August to 31 July) and before $asOf. Only counts leave the database, each
// with how many of its cases $organisationId is involved in (the small-count rule's "visible").
MATCH (r:Region {code: $regionCode})<-[:IN_REGION]-(:Municipality)<-[:SERVES]-(school:Organisation)
WHERE school.kind IN ['SCHOOL_VO', 'SCHOOL_PRAKTIJKONDERWIJS', 'SCHOOL_VSO']
WITH DISTINCT school
MATCH (c:Case {kind: 'KWETSBARE_POSITIE'})-[:AT_SCHOOL]->(school)
WHERE 'OVERGANG_VO_MBO' IN c.riskIndicators
CALL (c) {
  MATCH (c)-[:HAS_HANDOVER]->(h:Handover {reason: 'WARME_OVERDRACHT_VO_MBO'})
        -[:TO]->(:Organisation {kind: 'SCHOOL_MBO'})
  WHERE h.status IN ['ACCEPTED', 'COMPLETED'] AND h.requestedAt < datetime($asOf)
  RETURN min(h.requestedAt).year AS year
}
WITH school, c, year
WHERE year IS NOT NULL
WITH school, c, year,
     EXISTS { (:Organisation {id: $organisationId})-[:INVOLVED_IN]->(c) } AS transferVisible,
     COLLECT {
       MATCH (c)-[:CONCERNS]->(:Subject)<-[:CONCERNS]-(d:Case {kind: 'VSV'})
             -[:AT_SCHOOL]->(:Organisation {kind: 'SCHOOL_MBO'})
       WHERE date({year: year, month: 8, day: 1}) <= d.openedAt <= date({year: year + 1, month: 7, day: 31})
         AND d.openedAt < date($asOf)
       RETURN EXISTS { (:Organisation {id: $organisationId})-[:INVOLVED_IN]->(d) } AS visible
       LIMIT 1
     } AS dropout
WITH school, year,
     count(c) AS transfers,
     count(CASE WHEN transferVisible THEN 1 END) AS visibleTransfers,
     count(CASE WHEN size(dropout) > 0 THEN 1 END) AS dropouts,
     count(CASE WHEN dropout[0] = true THEN 1 END) AS visibleDropouts
ORDER BY school.id, year
RETURN school.id AS schoolId, year, transfers, visibleTransfers, dropouts, visibleDropouts
