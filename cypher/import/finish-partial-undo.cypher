// An undo that kept records (onlySafe): the batch is `partlyUndone` with how many it kept; the
// revisions of the kept records stay, so a later undo can still put them back.
// params: {"batchId": "b", "who": "admin", "at": "2026-01-01T00:00:00Z", "kept": 1}
MATCH (b:ImportBatch {id: $batchId})
SET b.status = 'partlyUndone', b.undoneBy = $who, b.undoneAt = $at, b.kept = $kept
RETURN b.id AS id
