// Cases of a region opened from $from to $asOf, per need, quarter and twelve-month window
// ('RECENT': after $recentFrom; 'EARLIER': after $earlierFrom; else neither). Only counts leave
// the database, each with how many of its cases $organisationId is involved in.
MATCH (:Region {code: $regionCode})<-[:IN_REGION]-(:Municipality)<-[:IN_MUNICIPALITY]-(c:Case)
WHERE date($from) <= c.openedAt <= date($asOf)
MATCH (c)-[:NEEDS]->(n:Need)
WHERE $needs IS NULL OR n.code IN $needs
WITH n.code AS need, c,
     toString(c.openedAt.year) + '-Q' + toString(c.openedAt.quarter) AS quarter,
     CASE
       WHEN c.openedAt > date($recentFrom) THEN 'RECENT'
       WHEN c.openedAt > date($earlierFrom) THEN 'EARLIER'
       ELSE 'NONE'
     END AS window,
     EXISTS { (:Organisation {id: $organisationId})-[:INVOLVED_IN]->(c) } AS visible
RETURN need, quarter, window, count(c) AS cases, count(CASE WHEN visible THEN 1 END) AS visibleCases
ORDER BY need, quarter, window
