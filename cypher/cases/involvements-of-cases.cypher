// The organisations involved in each case, in the order they became involved.
UNWIND $ids AS id
MATCH (o:Organisation)-[r:INVOLVED_IN]->(:Case {id: id})
WITH id, o, r ORDER BY r.since, o.name
RETURN id AS key,
       collect({organisationId: o.id, role: r.role, since: toString(r.since)}) AS involvements
