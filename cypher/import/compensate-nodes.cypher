// Compensation, step 2: deletes up to $limit nodes the batch created (nodes it updated have an
// ImportRevision and are put back instead); a partial undo passes the records it keeps.
// params: {"batchId": "b", "limit": 1000, "keep": []}
MATCH (n:Entity) WHERE n.importBatch = $batchId AND NOT n.id IN $keep AND NOT EXISTS { MATCH (:ImportRevision {batchId: $batchId, nodeId: n.id}) }
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted
