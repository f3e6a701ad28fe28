// Import batches, newest first.
// params: {"limit": 50}
MATCH (b:ImportBatch)
RETURN b {.*} AS batch
ORDER BY b.at DESC
LIMIT $limit
