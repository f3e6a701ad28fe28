// Removes from the graph the accounts, tokens and sessions already copied to the credential
// store (by id), and those that could never be used (a token without an owner, no id).
// Runs on the graph database.
// params: {"ids": []}
MATCH (n)
WHERE (n:User OR n:ApiToken OR n:Session)
  AND (n.id IN $ids OR n.id IS NULL OR (n:ApiToken AND NOT (n)-[:OWNED_BY]->(:User)))
DETACH DELETE n
RETURN count(*) AS deleted
