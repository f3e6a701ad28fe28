// Up to $limit revisions of a batch (what its updates replaced), to put back and then delete.
// params: {"batchId": "b", "limit": 500}
MATCH (r:ImportRevision {batchId: $batchId})
RETURN r.nodeId AS nodeId, r.state AS state, elementId(r) AS revisionId
LIMIT $limit
