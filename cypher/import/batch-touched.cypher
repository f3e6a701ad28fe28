// What a batch wrote, for undo: the nodes it last wrote (current properties, to detect edits
// made since), its revisions, and whether a later committed batch has rewritten its nodes.
// params: {"batchId": "b"}
MATCH (b:ImportBatch {id: $batchId})
RETURN b {.*} AS batch,
  COLLECT { MATCH (n:Entity) WHERE n.importBatch = $batchId RETURN {id: n.id, props: properties(n)} } AS nodes,
  COLLECT { MATCH (r:ImportRevision {batchId: $batchId}) RETURN r {.nodeId, .state} } AS revisions,
  COLLECT {
    MATCH (r:ImportRevision) WHERE r.prevBatch = $batchId
    MATCH (later:ImportBatch {id: r.batchId, status: 'committed'})
    RETURN DISTINCT later.id
  } AS laterBatches
