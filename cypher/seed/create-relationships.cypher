// Creates outgoing relationships of created and rewritten nodes. The type is one of the graph
// model's relationship types (docs/data-model.md), chosen by the loader, never by input.
// params: {"rows": []}
UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = row.from
MATCH (b) WHERE elementId(b) = row.to
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
RETURN count(r) AS created
