// The current, active members of tables (a seat not ended), organisations first, by name.
UNWIND $ids AS id
MATCH (n)-[s:MEMBER_OF]->(:ConsultationTable {id: id})
WHERE s.until IS NULL AND (n:Organisation OR n:Professional)
  AND coalesce(n.status, 'ACTIVE') = 'ACTIVE'
WITH id, n, s ORDER BY n:Professional, toLower(n.name), n.id
RETURN id AS key,
       collect({type: CASE WHEN n:Organisation THEN 'Organisation' ELSE 'Professional' END,
                id: n.id, since: toString(s.since)}) AS members
