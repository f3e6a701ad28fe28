// What a batch wrote, for undo: the nodes it last wrote (current properties, to detect edits
// made since; for the nodes it created, the relationships it did not write, i.e. links made
// since by an edit or a later import, which deleting the node would take with it), and the
// nodes a later batch that is still in force has rewritten (that batch's revision names it).
// params: {"batchId": "b"}
MATCH (b:ImportBatch {id: $batchId})
RETURN b {.*} AS batch,
  COLLECT {
    MATCH (n:Entity) WHERE n.importBatch = $batchId
    WITH n, NOT EXISTS { MATCH (:ImportRevision {batchId: $batchId, nodeId: n.id}) } AS created
    RETURN {
      id: n.id, name: n.name, label: [l IN labels(n) WHERE l <> 'Entity'][0], props: properties(n), created: created,
      links: CASE WHEN created THEN COLLECT {
        MATCH (n)-[r]-(m:Entity) WHERE r.importBatch IS NULL OR r.importBatch <> $batchId
        RETURN {type: type(r), other: m.id, batchId: r.importBatch} LIMIT 3
      } ELSE [] END
    }
  } AS nodes,
  COLLECT {
    MATCH (r:ImportRevision) WHERE r.prevBatch = $batchId
    MATCH (later:ImportBatch {id: r.batchId}) WHERE NOT later.status IN ['undone', 'failed']
    OPTIONAL MATCH (n:Entity {id: r.nodeId})
    RETURN {id: r.nodeId, name: n.name, label: [l IN labels(n) WHERE l <> 'Entity'][0], batchId: later.id, who: later.who, at: later.at}
  } AS rewritten
