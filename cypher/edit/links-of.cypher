// A node's outgoing links of one type (the type is one of the server's link kinds, never input).
// params: {"from": "e.fulede", "type": "LOCATED_IN"}
MATCH (a:Entity {id: $from})-[r]->(m:Entity)
WHERE type(r) = $type
RETURN m.id AS to, properties(r) AS props
ORDER BY m.id
