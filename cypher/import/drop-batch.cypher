// A commit that changed nothing leaves no batch behind (it wrote no chunk).
// params: {"batchId": "b"}
MATCH (b:ImportBatch {id: $batchId, status: 'committing'})
DELETE b
RETURN count(*) AS dropped
