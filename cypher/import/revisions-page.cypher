// Up to $limit revisions of a batch (what its updates replaced), to put back and then delete;
// those of the records a partial undo keeps stay.
// params: {"batchId": "b", "limit": 500, "keep": []}
MATCH (r:ImportRevision {batchId: $batchId}) WHERE NOT r.nodeId IN $keep
RETURN r.nodeId AS nodeId, r.state AS state, elementId(r) AS revisionId
LIMIT $limit
