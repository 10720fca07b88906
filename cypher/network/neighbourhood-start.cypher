// The node a neighbourhood starts from, by its type and key (municipalities by CBS code).
OPTIONAL MATCH (o:Organisation {id: $key}) WHERE $type = 'Organisation'
OPTIONAL MATCH (p:Professional {id: $key}) WHERE $type = 'Professional'
OPTIONAL MATCH (t:ConsultationTable {id: $key}) WHERE $type = 'ConsultationTable'
OPTIONAL MATCH (m:Municipality {code: $key}) WHERE $type = 'Municipality'
WITH coalesce(o, p, t, m) AS n
WHERE n IS NOT NULL
RETURN elementId(n) AS eid,
       CASE WHEN n:Organisation THEN 'Organisation'
            WHEN n:Professional THEN 'Professional'
            WHEN n:ConsultationTable THEN 'ConsultationTable'
            ELSE 'Municipality' END AS type,
       coalesce(n.id, n.code) AS key, n.name AS label, coalesce(n.kind, n.role) AS kind
