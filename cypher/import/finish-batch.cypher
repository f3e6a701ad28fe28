// Closes a chunked commit once its last chunk has landed: committed, with its counts (JSON).
// params: {"batchId": "b", "counts": "{}"}
MATCH (b:ImportBatch {id: $batchId, status: 'committing'})
SET b.status = 'committed', b.counts = $counts
RETURN b.id AS id
