// Creates new seeded nodes with their seed label (one of the loader's fixed labels) and :Entity.
// The uniqueness constraints on id make a concurrent duplicate fail instead of doubling a node.
// params: {"rows": []}
UNWIND $rows AS row
CREATE (n:$(row.label):Entity)
SET n = row.props
RETURN row.label AS label, row.props.id AS id, elementId(n) AS elementId
