// Replaces the properties and managed outgoing relationships of nodes an import updates, after
// recording what they held (row.state, JSON from import/node-state) in an ImportRevision.
// prevBatch: the batch that wrote the node before, so that batch cannot be undone past this one.
// params: {"rows": [], "batchId": "b", "types": ["IN_SEGMENT"]}
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
CREATE (:ImportRevision {batchId: $batchId, nodeId: row.id, prevBatch: n.importBatch, state: row.state})
WITH n, row
CALL (n) {
  MATCH (n)-[r]->() WHERE type(r) IN $types
  DELETE r
}
SET n = row.props
RETURN count(n) AS updated
