// How many professionals hold the regie of a case (the rule: at most one).
MATCH (:Case {id: $id})<-[r:COORDINATES]-(:Professional)
RETURN count(r) AS coordinators
