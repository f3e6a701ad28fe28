// Deletes a node with its relationships and the Figure and Capacity nodes only it owns. Audit
// Change nodes lose their CHANGED link but keep the target's id.
// params: {"id": "e.example"}
MATCH (n:Entity {id: $id})
OPTIONAL MATCH (n)-[:HAS_FIGURE|HAS_CAPACITY]->(child)
WHERE NOT EXISTS { MATCH (child)<-[:HAS_FIGURE|HAS_CAPACITY]-(other) WHERE other <> n }
WITH n, collect(DISTINCT child) AS children
FOREACH (c IN children | DETACH DELETE c)
DETACH DELETE n
RETURN size(children) AS childrenDeleted
