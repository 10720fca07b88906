MATCH ()-[t:TIE {id: $id}]->()
SET t += $changes, t.activeKey = $activeKey, t.updatedAt = datetime()
RETURN t.id AS id
