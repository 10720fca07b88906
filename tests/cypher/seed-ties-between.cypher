// How many ties (of any kind, active or not) join each pair of organisations [a, b].
UNWIND $pairs AS pair
RETURN pair,
       COUNT { MATCH (:Organisation {id: pair[0]})-[:TIE]-(:Organisation {id: pair[1]}) } AS ties,
       COUNT { MATCH (:Organisation {id: pair[0]})<-[:FROM|TO]-(h:Handover)-[:FROM|TO]->(:Organisation {id: pair[1]}) } AS handovers
