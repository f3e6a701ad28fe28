// Batches of a kind left `committing` (a commit interrupted by a crash), to compensate.
// params: {"kind": "sheet-enterprises"}
MATCH (b:ImportBatch {kind: $kind, status: 'committing'})
RETURN b.id AS id
