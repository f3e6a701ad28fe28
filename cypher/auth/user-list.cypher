// Every account (never the password hash), with how many live API tokens it owns.
MATCH (u:User)
RETURN u {
  .id, .username, .role, .disabled,
  createdAt: toString(u.createdAt),
  tokens: COUNT { (t:ApiToken)-[:OWNED_BY]->(u) WHERE NOT t.revoked }
} AS user
ORDER BY u.username
