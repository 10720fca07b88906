// What the gap analyses read, in one pass, for one region ($regionCode) or (null) every RMC
// region: the active organisations serving its municipalities — where they serve (municipality
// and region), the samenwerkingsverband a school is a member of, what they offer — their active
// ties to active organisations, and the active ties between active professionals working at
// them (now) not confirmed since $staleBefore (or never), with where each end works (the
// lowest id when more than one). $idPrefix (null: all) keeps to one dataset, e.g. a synthetic
// preset beside others. One row: `organisations`, `ties` (each once), `professionalTies`, and
// whether the region exists (a report of an unknown region is NOT_FOUND, not empty).
// Each organisation's relationships are walked once, all four kinds together: a busy
// organisation has thousands (its cases and handovers), and each typed walk costs about as much.
CALL () {
  MATCH (r:Region {code: $regionCode}) RETURN r
  UNION
  MATCH (r:Region {kind: 'RMC'}) WHERE $regionCode IS NULL RETURN r
}
MATCH (r)<-[:IN_REGION]-(m:Municipality)<-[:SERVES]-(o:Organisation)
WHERE coalesce(o.status, 'ACTIVE') = 'ACTIVE'
  AND ($idPrefix IS NULL OR o.id STARTS WITH $idPrefix)
WITH o, collect({municipality: m.code, region: r.code}) AS places
WITH o, places, [(o)-[x:OFFERS|MEMBER_OF_SWV|TIE|WORKS_AT]-(t) | {x: x, t: t}] AS links
WITH o, places,
     [l IN links WHERE type(l.x) = 'OFFERS' | l.t.code] AS offers,
     head([l IN links WHERE type(l.x) = 'MEMBER_OF_SWV' AND startNode(l.x) = o | l.t.id]) AS swvId,
     [l IN links WHERE type(l.x) = 'TIE' AND 'Organisation' IN labels(l.t)
        AND coalesce(l.x.status, 'ACTIVE') = 'ACTIVE'
        AND coalesce(l.t.status, 'ACTIVE') = 'ACTIVE'
        AND ($idPrefix IS NULL OR l.t.id STARTS WITH $idPrefix) | l.x] AS ties,
     [l IN links WHERE type(l.x) = 'WORKS_AT' AND l.x.to IS NULL
        AND 'Professional' IN labels(l.t) | l.t] AS staff
CALL (staff) {
  UNWIND staff AS p
  MATCH (p)-[t:TIE]-(:Professional)
  WHERE coalesce(t.status, 'ACTIVE') = 'ACTIVE'
    AND (t.lastConfirmedAt IS NULL OR t.lastConfirmedAt < date($staleBefore))
  RETURN collect(t) AS staleTies
}
WITH collect({id: o.id, kind: o.kind, places: places, swvId: swvId, offers: offers}) AS organisations,
     collect(ties) AS tieLists,
     collect(staleTies) AS staleLists
CALL (tieLists) {
  UNWIND tieLists AS list
  UNWIND list AS t
  WITH DISTINCT t
  RETURN collect({id: t.id, fromId: startNode(t).id, toId: endNode(t).id,
                  lastConfirmedAt: toString(t.lastConfirmedAt)}) AS ties
}
CALL (staleLists) {
  UNWIND staleLists AS list
  UNWIND list AS t
  WITH DISTINCT t
  WITH t, startNode(t) AS a, endNode(t) AS b
  WHERE coalesce(a.status, 'ACTIVE') = 'ACTIVE' AND coalesce(b.status, 'ACTIVE') = 'ACTIVE'
  WITH t,
       head(COLLECT { MATCH (a)-[w:WORKS_AT]->(o:Organisation) WHERE w.to IS NULL
                      RETURN o ORDER BY o.id }) AS from,
       head(COLLECT { MATCH (b)-[w:WORKS_AT]->(o:Organisation) WHERE w.to IS NULL
                      RETURN o ORDER BY o.id }) AS to
  RETURN collect({id: t.id, fromId: from.id, toId: to.id, fromKind: from.kind, toKind: to.kind,
                  lastConfirmedAt: toString(t.lastConfirmedAt)}) AS professionalTies
}
CALL () {
  OPTIONAL MATCH (r:Region {code: $regionCode})
  RETURN $regionCode IS NULL OR r IS NOT NULL AS regionExists
}
RETURN organisations, ties, professionalTies, regionExists
