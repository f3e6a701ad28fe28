// Records a committed import: who, when, from what, and its counts (JSON).
// params: {"batch": {"id": "b", "kind": "listed", "source": "x", "who": "admin", "at": "2026-01-01T00:00:00Z", "counts": "{}"}}
CREATE (b:ImportBatch)
SET b = $batch, b.status = 'committed'
RETURN b.id AS id
