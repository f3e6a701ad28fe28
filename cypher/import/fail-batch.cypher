// Marks a batch whose commit failed (after compensation: nothing of it is left but this node).
// params: {"batchId": "b", "error": "…", "at": "2026-01-01T00:00:00Z"}
MATCH (b:ImportBatch {id: $batchId})
SET b.status = 'failed', b.error = $error, b.failedAt = $at
RETURN b.id AS id
