// What the records an undo puts back hold, read before and after (undo-restore): properties,
// outgoing links and the parks they are in, for the audit record's before and after.
// params: {"ids": ["e.x"]}
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, properties(n) AS props,
  [(n)-[r]->(m:Entity) | {type: type(r), to: m.id, batchId: r.importBatch}] AS rels,
  [(n)-[:LOCATED_IN|IN_PARK]->(:Park)-[:SUB_PARK_OF*0..1]->(q:Park) | q.id] AS parkIds
