// Removes every matrix world: organisations, professionals, tables and cases under the prefix
// (with their handovers, subjects only they use, and relationships), the rules and signals they
// added (by code and title).
MATCH (n)
WHERE (n:Organisation OR n:Professional OR n:ConsultationTable) AND n.id STARTS WITH $prefix
   OR (n:Case AND n.id IN $caseIds)
OPTIONAL MATCH (n:Case)-[:HAS_HANDOVER]->(h:Handover)
OPTIONAL MATCH (n:Case)-[:CONCERNS]->(s:Subject)
OPTIONAL MATCH (note:Notification)-[:ABOUT]->(n:Case)
DETACH DELETE note, h, n
WITH DISTINCT s WHERE s IS NOT NULL AND NOT EXISTS { (s)<-[:CONCERNS]-() }
DETACH DELETE s
WITH count(*) AS done
OPTIONAL MATCH (r:CollaborationRule) WHERE r.code STARTS WITH 'TEST-MATRIX-'
DETACH DELETE r
WITH count(*) AS done
OPTIONAL MATCH (sig:Signal) WHERE sig.title STARTS WITH 'Signaal test-matrix-'
OPTIONAL MATCH (comment:SignalComment)-[:ABOUT]->(sig)
DETACH DELETE comment, sig
