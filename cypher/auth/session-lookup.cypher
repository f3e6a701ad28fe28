// Resolves a session token by its hash to the session (expired or not, and until when) and its user.
// params: {"hash": "0"}
MATCH (s:Session {hash: $hash})
OPTIONAL MATCH (u:User {id: s.userId})
RETURN s.id AS id, s.expiresAt <= datetime() AS expired, toString(s.expiresAt) AS expiresAt,
       u {.id, .username, .role, .disabled} AS user
