// An archived tie keeps its history but no longer counts as a duplicate of a new one.
MATCH ()-[t:TIE {id: $id}]->()
SET t.status = 'ARCHIVED', t.archivedAt = datetime(), t.updatedAt = datetime()
REMOVE t.activeKey
RETURN t.id AS id
