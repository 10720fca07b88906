// How many of $caseIds the organisation of professional $professionalId is involved in.
MATCH (:Professional {id: $professionalId})-[w:WORKS_AT]->(o:Organisation)
WHERE w.to IS NULL
MATCH (o)-[:INVOLVED_IN]->(c:Case)
WHERE c.id IN $caseIds
RETURN count(DISTINCT c) AS involved
