// The day each of the given handovers was requested, earliest first.
UNWIND $ids AS id
MATCH (h:Handover {id: id})
RETURN h.id AS id, toString(date(h.requestedAt)) AS day
ORDER BY day, id
