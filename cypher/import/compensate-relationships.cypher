// Compensation, step 1 (a failed chunked commit): deletes up to $limit relationships the batch
// added; called until it returns 0, each call its own transaction so memory stays flat.
// params: {"batchId": "b", "limit": 1000}
MATCH ()-[r]->() WHERE r.importBatch = $batchId
WITH r LIMIT $limit
DELETE r
RETURN count(*) AS deleted
