// How many of the given path steps exist in the graph as they were reported: an active tie
// of that kind, a current job or a samenwerkingsverband membership between the two ends.
UNWIND $steps AS step
MATCH (a {id: step.from}), (b {id: step.to})
WHERE (a:Organisation OR a:Professional) AND (b:Organisation OR b:Professional)
RETURN count(*) AS found,
       sum(CASE WHEN EXISTS {
         (a)-[r]-(b)
         WHERE type(r) = step.relation
           AND (type(r) <> 'TIE' OR (r.status = 'ACTIVE' AND r.kind = step.tieKind))
           AND (type(r) <> 'WORKS_AT' OR r.to IS NULL)
       } THEN 1 ELSE 0 END) AS existing
