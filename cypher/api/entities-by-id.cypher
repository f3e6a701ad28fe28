// Any domain node by id. Every domain node carries the :Entity label, whose uniqueness
// constraint makes this an index lookup whatever the node's type.
// params: {"ids": ["pv", "ls-etdz"]}
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, n {.*, __labels: labels(n)} AS node
