// Resolves an API token by its hash to the token, its owner and its ancestors (the tokens that
// minted it): a token is only as alive and as strong as every ancestor.
// params: {"hash": "0"}
MATCH (t:ApiToken {hash: $hash})-[:OWNED_BY]->(u:User)
OPTIONAL MATCH (t)-[:MINTED_BY*1..]->(a:ApiToken)
WITH t, u, collect(a) AS ancestors
RETURN t {
         .id, .name, .role, .revoked, lastUsedAt: toString(t.lastUsedAt),
         expired: t.expiresAt IS NOT NULL AND t.expiresAt <= datetime()
       } AS token,
       u {.id, .username, .role, .disabled} AS user,
       any(a IN ancestors WHERE a.revoked OR (a.expiresAt IS NOT NULL AND a.expiresAt <= datetime())) AS ancestorDead,
       [a IN ancestors | a.role] AS ancestorRoles
