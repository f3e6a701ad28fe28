// Changes an account's role, disabled flag or password hash (null leaves a field as it is).
// Disabling an account or replacing its password also ends its sign-in sessions.
// params: {"username": "example", "role": null, "disabled": null, "passwordHash": null}
MATCH (u:User {username: $username})
SET u.role = coalesce($role, u.role),
    u.disabled = coalesce($disabled, u.disabled),
    u.passwordHash = coalesce($passwordHash, u.passwordHash)
WITH u
CALL (u) {
  MATCH (s:Session {userId: u.id})
  WHERE $disabled = true OR $passwordHash IS NOT NULL
  DELETE s
}
RETURN u {.id, .username, .role, .disabled, createdAt: toString(u.createdAt)} AS user
