// Resolves an API token by its hash to the token and its owner.
// params: {"hash": "0"}
MATCH (t:ApiToken {hash: $hash})-[:OWNED_BY]->(u:User)
RETURN t {.id, .name, .role, .revoked, lastUsedAt: toString(t.lastUsedAt)} AS token,
       u {.id, .username, .role, .disabled} AS user
