// Every job of each professional, the current one first, then the most recent.
UNWIND $ids AS id
MATCH (:Professional {id: id})-[w:WORKS_AT]->(o:Organisation)
WITH id, w, o ORDER BY w.to IS NULL DESC, w.to DESC, w.from DESC, o.id
RETURN id AS key,
       collect({organisationId: o.id, from: toString(w.from), to: toString(w.to)}) AS employment
