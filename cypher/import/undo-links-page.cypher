// Undo, step 1: up to $limit links the batch added from nodes that are not its records (a
// supply sheet's links, or a later sheet's between existing firms), removed; what each was is
// returned so the undo writes its audit record (an unlink) in this transaction. Links from the
// batch's own records go with them (undo-created-page, undo-drop-links); those of kept records stay.
// params: {"batchId": "b", "limit": 1000, "keep": []}
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.importBatch = $batchId AND coalesce(a.importBatch, '') <> $batchId AND NOT a.id IN $keep
WITH a, r, b LIMIT $limit
WITH r, a.id AS from, [l IN labels(a) WHERE l <> 'Entity'][0] AS label, type(r) AS type, b.id AS to,
  [(a)-[:LOCATED_IN|IN_PARK]->(:Park)-[:SUB_PARK_OF*0..1]->(q:Park) | q.id] AS parkIds
DELETE r
RETURN from, label, type, to, parkIds
