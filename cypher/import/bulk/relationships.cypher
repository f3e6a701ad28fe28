// Bulk load into a fresh folder (import/bulk.ts): relationships between nodes found by the
// elementIds their creation returned (a seek by id, no index lookup or index-entry lock). The
// type is one of the loader's fixed relationship types, never input; no properties (SET r = …
// would make the plan eager).
// params: {"rows": []}
UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = row.a
MATCH (b) WHERE elementId(b) = row.b
CREATE (a)-[r:$(row.type)]->(b)
RETURN count(r) AS created
