// An account with what sign-in needs: its hash, lock state and role.
MATCH (a:Account {email: $email})
RETURN a.id AS id, a.passwordHash AS passwordHash, a.failedAttempts AS failedAttempts,
       a.lockedUntil > datetime() AS locked, toString(a.lockedUntil) AS lockedUntil
