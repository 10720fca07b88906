// Active ties between active professionals working at the given organisations (now) that were
// not confirmed since $staleBefore (or never), with the organisation each end works at.
UNWIND $ids AS id
MATCH (:Organisation {id: id})<-[w:WORKS_AT]-(:Professional)-[t:TIE]-(:Professional)
WHERE w.to IS NULL
  AND coalesce(t.status, 'ACTIVE') = 'ACTIVE'
  AND (t.lastConfirmedAt IS NULL OR t.lastConfirmedAt < date($staleBefore))
WITH DISTINCT t
MATCH (a:Professional)-[t]->(b:Professional)
WHERE coalesce(a.status, 'ACTIVE') = 'ACTIVE' AND coalesce(b.status, 'ACTIVE') = 'ACTIVE'
WITH t,
     head(COLLECT { MATCH (a)-[w:WORKS_AT]->(o:Organisation) WHERE w.to IS NULL
                    RETURN o ORDER BY o.id }) AS from,
     head(COLLECT { MATCH (b)-[w:WORKS_AT]->(o:Organisation) WHERE w.to IS NULL
                    RETURN o ORDER BY o.id }) AS to
RETURN t.id AS id, from.id AS fromId, to.id AS toId, from.kind AS fromKind, to.kind AS toKind,
       toString(t.lastConfirmedAt) AS lastConfirmedAt
