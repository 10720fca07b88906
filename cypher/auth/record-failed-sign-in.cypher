// One more failed sign-in; at the limit the account locks for a while.
MATCH (a:Account {id: $id})
SET a.failedAttempts = coalesce(a.failedAttempts, 0) + 1
SET a.lockedUntil = CASE WHEN a.failedAttempts >= $maxAttempts
                         THEN datetime() + duration({minutes: $lockMinutes})
                         ELSE a.lockedUntil END
RETURN a.failedAttempts AS failedAttempts, a.lockedUntil > datetime() AS locked
