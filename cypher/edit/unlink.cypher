// Removes one link (the type is one of the server's link kinds, never input).
// params: {"from": "e.fulede", "to": "ls-etdz", "type": "LOCATED_IN"}
MATCH (a:Entity {id: $from})-[r]->(b:Entity {id: $to})
WHERE type(r) = $type
DELETE r
RETURN count(*) AS removed
