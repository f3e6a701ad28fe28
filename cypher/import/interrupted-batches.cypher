// Batches left `committing` (a commit interrupted by a crash), of one kind or (kind null, at
// start-up) of every kind, to compensate.
// params: {"kind": "sheet-enterprises"}
MATCH (b:ImportBatch {status: 'committing'})
WHERE $kind IS NULL OR b.kind = $kind
RETURN b.id AS id
