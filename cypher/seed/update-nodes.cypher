// Replaces all properties of changed seeded nodes (so properties gone from a record go too).
// row.props holds id, seeded and seedHash as well; every seeded node also carries :Entity.
// params: {"rows": []}
UNWIND $rows AS row
MATCH (n)
WHERE elementId(n) = row.elementId
SET n = row.props, n:Entity
RETURN count(n) AS updated
