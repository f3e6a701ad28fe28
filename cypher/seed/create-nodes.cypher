// Creates new seeded nodes. The label is one of the loader's fixed seed labels; the
// uniqueness constraints on id make a concurrent duplicate fail instead of doubling a node.
// params: {"rows": []}
UNWIND $rows AS row
CREATE (n:$(row.label))
SET n = row.props
RETURN row.label AS label, row.props.id AS id, elementId(n) AS elementId
