// For the signal tests: cases of a region with a need, in the twelve months up to $asOf and the
// twelve before (every case of the region, whichever preset wrote it).
MATCH (:Region {code: $regionCode})<-[:IN_REGION]-(:Municipality)<-[:IN_MUNICIPALITY]-(c:Case)
      -[:NEEDS]->(:Need {code: $need})
RETURN count(CASE WHEN date($asOf) - duration('P12M') < c.openedAt <= date($asOf) THEN 1 END) AS recent,
       count(CASE WHEN date($asOf) - duration('P24M') < c.openedAt <= date($asOf) - duration('P12M')
             THEN 1 END) AS earlier
