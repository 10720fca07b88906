// Ties by id with the day they were last confirmed.
UNWIND $ids AS id
MATCH ()-[t:TIE {id: id}]->()
RETURN t.id AS id, toString(t.lastConfirmedAt) AS lastConfirmedAt
