// Bulk load into a fresh folder (import/bulk.ts): creates Region nodes with a static label (a
// dynamic label costs ~30% more CPU per node), returning each node's elementId so the
// relationships can find their ends without an index lookup.
// params: {"rows": []}
UNWIND $rows AS props
CREATE (n:Region:Entity)
SET n = props
RETURN props.id AS id, elementId(n) AS eid
