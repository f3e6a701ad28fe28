// What a batch wrote, for undo: the nodes it last wrote (current properties, to detect edits
// made since), the links made since that touch them (a relationship the batch did not write:
// for a node it created, any; for a node it updated, which had links before, one stamped by a
// later batch or one a hand edit made after the batch, i.e. a link, create or update Change at
// either end naming the other end), and the nodes a later batch that is still in force has
// rewritten (that batch's revision names it).
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
      } ELSE COLLECT {
        MATCH (n)-[r]-(m:Entity) WHERE r.importBatch IS NULL OR r.importBatch <> $batchId
        WITH r, m WHERE
          (r.importBatch IS NOT NULL AND EXISTS { MATCH (later:ImportBatch {id: r.importBatch}) WHERE later.at > b.at })
          OR (r.importBatch IS NULL AND EXISTS {
            MATCH (c:Change) WHERE c.targetId IN [n.id, m.id] AND c.action IN ['link', 'create', 'update'] AND c.at >= b.at
              // The change's after is JSON naming the other end's id, quoted (a link, or a record
              // created or updated with its links, e.g. a new project naming its investor).
              AND c.after CONTAINS ('"' + CASE WHEN c.targetId = n.id THEN m.id ELSE n.id END + '"')
          })
        RETURN {type: type(r), other: m.id, batchId: r.importBatch} LIMIT 3
      } END
    }
  } AS nodes,
  COLLECT {
    MATCH (r:ImportRevision) WHERE r.prevBatch = $batchId
    MATCH (later:ImportBatch {id: r.batchId}) WHERE NOT later.status IN ['undone', 'failed']
    OPTIONAL MATCH (n:Entity {id: r.nodeId})
    RETURN {id: r.nodeId, name: n.name, label: [l IN labels(n) WHERE l <> 'Entity'][0], batchId: later.id, who: later.who, at: later.at}
  } AS rewritten
