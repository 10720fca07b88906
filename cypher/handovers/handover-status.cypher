// Where a handover stands, to tell "not found" from "not in the expected status".
MATCH (h:Handover {id: $id})
RETURN h.status AS status
