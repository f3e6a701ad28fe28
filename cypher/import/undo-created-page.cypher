// Undo, step 3: deletes up to $limit nodes the batch created (with their relationships) and
// returns what each held (properties, outgoing links, the parks it was in), so the undo writes
// its audit record (a delete) in this transaction. A partial undo passes the records it keeps.
// params: {"batchId": "b", "limit": 1000, "keep": []}
MATCH (n:Entity)
WHERE n.importBatch = $batchId AND NOT n.id IN $keep AND NOT EXISTS { MATCH (:ImportRevision {batchId: $batchId, nodeId: n.id}) }
WITH n LIMIT $limit
WITH n, n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, properties(n) AS props,
  [(n)-[r]->(m:Entity) | {type: type(r), to: m.id, batchId: r.importBatch}] AS rels,
  [(n)-[:LOCATED_IN|IN_PARK]->(:Park)-[:SUB_PARK_OF*0..1]->(q:Park) | q.id] AS parkIds
DETACH DELETE n
RETURN id, label, props, rels, parkIds
