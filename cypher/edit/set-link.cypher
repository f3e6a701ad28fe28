// Creates or updates one link; with $single, the node's other links of that type go first (an
// enterprise sits in one park, a project has one investor). The type is one of the server's
// link kinds, never input.
// params: {"from": "e.fulede", "to": "ls-etdz", "type": "LOCATED_IN", "props": {}, "single": true}
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
CALL (a, b) {
  OPTIONAL MATCH (a)-[old]->(other)
  WHERE $single AND type(old) = $type AND other <> b
  DELETE old
}
MERGE (a)-[r:$($type)]->(b)
SET r = $props
RETURN count(r) AS linked
