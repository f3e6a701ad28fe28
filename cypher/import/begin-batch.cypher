// Opens a chunked commit: the batch exists, status `committing`, before its first chunk is
// written, so a half-written import is always named by a batch (and found again after a crash).
// params: {"batch": {"id": "b", "kind": "sheet-enterprises", "source": "x", "who": "admin", "at": "2026-01-01T00:00:00Z"}}
CREATE (b:ImportBatch)
SET b = $batch, b.status = 'committing', b.counts = '{}'
RETURN b.id AS id
