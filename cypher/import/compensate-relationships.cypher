// Compensation, step 1 (a failed chunked commit): deletes up to $limit relationships the batch
// added; called until it returns 0, each call its own transaction so memory stays flat. A partial
// undo passes the records it keeps: a link goes or stays with the node it starts from.
// params: {"batchId": "b", "limit": 1000, "keep": []}
MATCH (a)-[r]->() WHERE r.importBatch = $batchId AND NOT a.id IN $keep
WITH r LIMIT $limit
DELETE r
RETURN count(*) AS deleted
