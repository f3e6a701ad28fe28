// Compensation, step 2: deletes up to $limit nodes the batch created (nodes it updated have an
// ImportRevision and are put back instead).
// params: {"batchId": "b", "limit": 1000}
MATCH (n:Entity) WHERE n.importBatch = $batchId AND NOT EXISTS { MATCH (:ImportRevision {batchId: $batchId, nodeId: n.id}) }
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS deleted
