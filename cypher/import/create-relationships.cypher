// Creates relationships of imported or updated nodes. The type is one of the importer's fixed
// relationship types (docs/data-model.md), never input; props carry importBatch.
// params: {"rows": []}
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
RETURN count(r) AS created
