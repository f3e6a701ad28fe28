// Undo, step 2: puts back what updates replaced: properties and managed outgoing relationships
// (the batch's own relationships are gone after step 1).
// params: {"rows": []}
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
SET n = row.props
WITH n, row
CALL (n, row) {
  UNWIND row.rels AS rel
  MATCH (m:Entity {id: rel.to})
  CREATE (n)-[r:$(rel.type)]->(m)
  SET r = rel.props
}
RETURN count(DISTINCT n) AS restored
