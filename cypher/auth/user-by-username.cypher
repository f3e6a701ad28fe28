// One account with its password hash, for sign-in and the user CLI.
// params: {"username": "admin"}
MATCH (u:User {username: $username})
RETURN u {.id, .username, .passwordHash, .role, .disabled, createdAt: toString(u.createdAt)} AS user
