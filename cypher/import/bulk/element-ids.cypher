// Bulk load (import/bulk.ts): the elementIds of nodes already in the graph (seeded ends of bulk
// relationships, e.g. the real chain templates' segments), by id.
// params: {"ids": ["x"]}
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, elementId(n) AS eid
