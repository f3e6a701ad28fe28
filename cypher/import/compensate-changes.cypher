// Compensation, step 4: the audit records of writes that no longer exist go, up to $limit a call.
// params: {"batchId": "b", "limit": 1000}
MATCH (c:Change {batchId: $batchId})
WITH c LIMIT $limit
DETACH DELETE c
RETURN count(*) AS deleted
