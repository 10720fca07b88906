// Closes a signal with a closing note.
MATCH (s:Signal {id: $id})
SET s.status = 'CLOSED', s.closingNote = $note, s.closedAt = datetime(),
    s.closedByAccountId = $accountId, s.updatedAt = datetime()
RETURN s.id AS id
