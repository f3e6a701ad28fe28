// Starts a sign-in session (stored by hash, with an expiry) and drops the user's expired ones.
// params: {"id": "ses-example", "hash": "0", "userId": "user-example", "ttlSeconds": 3600}
CALL () {
  MATCH (old:Session {userId: $userId})
  WHERE old.expiresAt < datetime()
  DELETE old
}
CREATE (s:Session {
  id: $id,
  hash: $hash,
  userId: $userId,
  createdAt: datetime(),
  expiresAt: datetime() + duration({seconds: $ttlSeconds})
})
RETURN toString(s.expiresAt) AS expiresAt
