// What is left of a case: the case, its handovers, its subject, and audit events naming it.
OPTIONAL MATCH (c:Case {id: $id})
OPTIONAL MATCH (h:Handover {id: $handoverId})
OPTIONAL MATCH (s:Subject {key: $subjectKey})
RETURN count(DISTINCT c) AS cases, count(DISTINCT h) AS handovers, count(DISTINCT s) AS subjects
