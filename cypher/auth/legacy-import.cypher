// Writes accounts, tokens and sessions read from the graph into the credential store, keyed by
// id, so running it again (after a crash before the graph copy was deleted) changes nothing.
// params: {"users": [], "tokens": [], "sessions": []}
CALL () {
  UNWIND $users AS p
  MERGE (u:User {id: p.id})
  SET u = p
}
CALL () {
  UNWIND $tokens AS t
  MATCH (u:User {id: t.owner})
  MERGE (k:ApiToken {id: t.props.id})
  SET k = t.props
  MERGE (k)-[:OWNED_BY]->(u)
}
CALL () {
  UNWIND $sessions AS p
  MERGE (s:Session {id: p.id})
  SET s = p
}
RETURN COUNT { (u:User) WHERE u.id IN [p IN $users | p.id] } AS users,
       COUNT { (k:ApiToken) WHERE k.id IN [t IN $tokens | t.props.id] } AS tokens,
       COUNT { (s:Session) WHERE s.id IN [p IN $sessions | p.id] } AS sessions
