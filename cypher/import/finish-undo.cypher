// Undo, step 3: the batch's revisions go and the batch is kept, marked undone, for the record.
// params: {"batchId": "b", "who": "admin", "at": "2026-01-01T00:00:00Z"}
MATCH (b:ImportBatch {id: $batchId})
OPTIONAL MATCH (r:ImportRevision {batchId: $batchId})
DELETE r
WITH DISTINCT b
SET b.status = 'undone', b.undoneBy = $who, b.undoneAt = $at, b.kept = null
RETURN b.id AS id
