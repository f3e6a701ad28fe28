// Creates an account; the username constraint refuses a duplicate.
// params: {"id": "user-example", "username": "example", "passwordHash": "scrypt$...", "role": "viewer"}
CREATE (u:User {
  id: $id,
  username: $username,
  passwordHash: $passwordHash,
  role: $role,
  createdAt: datetime(),
  disabled: false
})
RETURN u {.id, .username, .role, .disabled, createdAt: toString(u.createdAt)} AS user
