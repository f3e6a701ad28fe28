// Undo begins: the batch is `undoing` until its last chunk is removed (finish-undo, or
// finish-partial-undo when records were kept); a partly undone batch may be undone again.
// params: {"batchId": "b"}
MATCH (b:ImportBatch {id: $batchId}) WHERE b.status IN ['committed', 'undoing', 'partlyUndone']
SET b.status = 'undoing'
RETURN b.id AS id
