// Deletes an account with its API tokens and sessions.
// params: {"username": "example"}
MATCH (u:User {username: $username})
CALL (u) {
  MATCH (t:ApiToken)-[:OWNED_BY]->(u)
  DETACH DELETE t
}
CALL (u) {
  MATCH (s:Session {userId: u.id})
  DELETE s
}
DETACH DELETE u
RETURN count(*) AS deleted
