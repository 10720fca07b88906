// The current seats (not ended) at the given tables, organisations first; the caller keeps
// those whose member the export covers.
UNWIND $ids AS id
MATCH (n)-[s:MEMBER_OF]->(t:ConsultationTable {id: id})
WHERE s.until IS NULL AND (n:Organisation OR n:Professional)
WITH t, n, s ORDER BY t.id, n:Professional, n.id
RETURN {tableId: t.id,
        memberType: CASE WHEN n:Organisation THEN 'Organisation' ELSE 'Professional' END,
        memberId: n.id, since: toString(s.since)} AS record
