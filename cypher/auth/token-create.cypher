// Stores a new API token's hash (the token itself is shown once and never stored). A token made
// by a request that itself used a token ($parentId) is its parent's child: it never outlives it
// (expiry capped at the parent's) and is refused once the parent is revoked. No row when the
// owner is gone or the parent is revoked or expired.
// params: {"id": "tok-example", "hash": "0", "name": "ci", "role": "viewer", "userId": "user-example", "parentId": null, "expiresInSeconds": null}
MATCH (u:User {id: $userId})
OPTIONAL MATCH (p:ApiToken {id: $parentId})-[:OWNED_BY]->(u)
WITH u, p,
     CASE WHEN $expiresInSeconds IS NULL THEN null ELSE datetime() + duration({seconds: $expiresInSeconds}) END AS asked
WHERE $parentId IS NULL OR (p IS NOT NULL AND NOT p.revoked AND (p.expiresAt IS NULL OR p.expiresAt > datetime()))
WITH u, p,
     CASE
       WHEN p IS NULL OR p.expiresAt IS NULL THEN asked
       WHEN asked IS NULL OR asked > p.expiresAt THEN p.expiresAt
       ELSE asked
     END AS expiresAt
CREATE (t:ApiToken {
  id: $id,
  hash: $hash,
  name: $name,
  role: $role,
  createdAt: datetime(),
  lastUsedAt: null,
  expiresAt: expiresAt,
  revoked: false
})-[:OWNED_BY]->(u)
FOREACH (parent IN CASE WHEN p IS NULL THEN [] ELSE [p] END | CREATE (t)-[:MINTED_BY]->(parent))
RETURN t {
  .id, .name, .role, .revoked,
  createdAt: toString(t.createdAt), lastUsedAt: null, expiresAt: toString(t.expiresAt),
  parentId: p.id, owner: u.username
} AS token
