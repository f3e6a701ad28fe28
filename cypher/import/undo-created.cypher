// Undo, step 1: deletes the nodes a batch created (with their relationships) and the
// relationships it added to nodes it did not create.
// params: {"batchId": "b", "keep": []}
CALL () {
  MATCH ()-[r]->() WHERE r.importBatch = $batchId DELETE r
}
MATCH (n:Entity) WHERE n.importBatch = $batchId AND NOT n.id IN $keep
DETACH DELETE n
RETURN count(*) AS deleted
