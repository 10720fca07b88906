// What a change to a signal must know first: its status, region, raiser and whether
// $professionalId endorsed it already.
MATCH (s:Signal {id: $id})-[:FOR_REGION]->(r:Region)
RETURN s.status AS status, r.code AS regionCode, s.raisedByAccountId AS raisedByAccountId,
       EXISTS { (:Professional {id: $professionalId})-[:ENDORSED]->(s) } AS endorsed
