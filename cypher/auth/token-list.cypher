// API tokens (never their hashes), of one owner or of everyone when $userId is null.
// params: {"userId": null}
MATCH (t:ApiToken)-[:OWNED_BY]->(u:User)
WHERE $userId IS NULL OR u.id = $userId
OPTIONAL MATCH (t)-[:MINTED_BY]->(p:ApiToken)
RETURN t {
  .id, .name, .role, .revoked,
  createdAt: toString(t.createdAt),
  lastUsedAt: toString(t.lastUsedAt),
  expiresAt: toString(t.expiresAt),
  parentId: p.id,
  owner: u.username
} AS token
ORDER BY u.username, t.createdAt
