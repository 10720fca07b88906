// Someone vouches that the tie still holds today.
MATCH ()-[t:TIE {id: $id}]->()
SET t.lastConfirmedAt = date(), t.confirmedBy = $confirmedBy, t.updatedAt = datetime()
RETURN t.id AS id
