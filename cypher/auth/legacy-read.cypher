// Accounts, tokens and sessions left in the graph by versions before the credential store,
// read (with every property) so start-up can move them over; "orphan" rows are ones that cannot
// be moved (a token without an owner, a node without an id) and are only deleted. Graph database.
MATCH (u:User)
RETURN 'user' AS kind, properties(u) AS props, null AS owner
UNION ALL
MATCH (t:ApiToken)-[:OWNED_BY]->(u:User)
RETURN 'token' AS kind, properties(t) AS props, u.id AS owner
UNION ALL
MATCH (s:Session)
RETURN 'session' AS kind, properties(s) AS props, null AS owner
UNION ALL
MATCH (n)
WHERE (n:ApiToken AND NOT (n)-[:OWNED_BY]->(:User)) OR ((n:User OR n:ApiToken OR n:Session) AND n.id IS NULL)
RETURN 'orphan' AS kind, {} AS props, null AS owner
