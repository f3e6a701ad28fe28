// Stores a new API token's hash (the token itself is shown once and never stored).
// params: {"id": "tok-example", "hash": "0", "name": "ci", "role": "viewer", "userId": "user-example"}
MATCH (u:User {id: $userId})
CREATE (t:ApiToken {
  id: $id,
  hash: $hash,
  name: $name,
  role: $role,
  createdAt: datetime(),
  lastUsedAt: null,
  revoked: false
})-[:OWNED_BY]->(u)
RETURN t {.id, .name, .role, .revoked, createdAt: toString(t.createdAt), lastUsedAt: null, owner: u.username} AS token
