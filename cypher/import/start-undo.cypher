// Undo begins: the batch is `undoing` until its last chunk is removed (finish-undo).
// params: {"batchId": "b"}
MATCH (b:ImportBatch {id: $batchId}) WHERE b.status IN ['committed', 'undoing']
SET b.status = 'undoing'
RETURN b.id AS id
