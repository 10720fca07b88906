// The region's dropouts (VSV cases opened from $from to $asOf) and how many had an earlier
// case of the same subject; each with how many $organisationId is involved in.
MATCH (:Region {code: $regionCode})<-[:IN_REGION]-(:Municipality)<-[:IN_MUNICIPALITY]-(d:Case {kind: 'VSV'})
WHERE date($from) <= d.openedAt <= date($asOf)
WITH d,
     EXISTS { (:Organisation {id: $organisationId})-[:INVOLVED_IN]->(d) } AS visible,
     EXISTS {
       MATCH (d)-[:CONCERNS]->(:Subject)<-[:CONCERNS]-(e:Case)
       WHERE e <> d AND e.openedAt < d.openedAt
     } AS preceded
RETURN count(d) AS dropouts, count(CASE WHEN visible THEN 1 END) AS visibleDropouts,
       count(CASE WHEN preceded THEN 1 END) AS preceded,
       count(CASE WHEN preceded AND visible THEN 1 END) AS visiblePreceded
