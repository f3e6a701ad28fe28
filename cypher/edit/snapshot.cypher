// A node as it is before an edit: its properties and its links to other domain nodes in both
// directions (audit Change nodes are not :Entity and so never part of it), and the owned Figure
// and Capacity nodes a delete removes with it.
// params: {"id": "e.fulede"}
MATCH (n:Entity {id: $id})
RETURN labels(n) AS labels, properties(n) AS props,
       COLLECT { MATCH (n)-[r]->(m:Entity) RETURN {type: type(r), to: m.id, props: properties(r)} } AS outLinks,
       COLLECT { MATCH (n)<-[r]-(m:Entity) RETURN {type: type(r), from: m.id, props: properties(r)} } AS inLinks
