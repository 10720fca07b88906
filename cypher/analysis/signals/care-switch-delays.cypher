// Per school, the delays (in days) from care inside the school to care outside it, for the
// region's cases whose first external care handover was requested from $from to $asOf. Inside:
// the first involvement of the case's school or of a samenwerkingsverband. Outside: the first
// handover to a wijkteam, jeugdzorg or GGZ provider. Only delays and counts leave the database.
MATCH (:Region {code: $regionCode})<-[:IN_REGION]-(:Municipality)<-[:IN_MUNICIPALITY]-(c:Case)
      -[:AT_SCHOOL]->(school:Organisation)
CALL (c) {
  MATCH (c)-[:HAS_HANDOVER]->(h:Handover)-[:TO]->(care:Organisation)
  WHERE care.kind IN ['WIJKTEAM', 'JEUGDZORG', 'GGZ'] AND h.requestedAt <= datetime($asOf)
  RETURN date(min(h.requestedAt)) AS outside
}
WITH c, school, outside
WHERE outside IS NOT NULL AND outside >= date($from)
CALL (c, school) {
  MATCH (o:Organisation)-[i:INVOLVED_IN]->(c)
  WHERE o = school OR o.kind IN ['SWV_PO', 'SWV_VO']
  RETURN date(min(i.since)) AS inside
}
WITH c, school, outside, inside
WHERE inside IS NOT NULL AND inside <= outside
WITH school, duration.inDays(inside, outside).days AS days,
     EXISTS { (:Organisation {id: $organisationId})-[:INVOLVED_IN]->(c) } AS visible
RETURN school.id AS schoolId, collect(days) AS delays,
       count(CASE WHEN visible THEN 1 END) AS visibleCases
ORDER BY schoolId
