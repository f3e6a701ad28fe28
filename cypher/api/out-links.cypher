// One hop out along relationships of one type, for a batch of nodes: the generic loader behind
// most object fields (park → region, project → investor, node → sources …).
// params: {"ids": ["ls-etdz"], "type": "IN_REGION"}
UNWIND $ids AS id
MATCH (n:Entity {id: id})-[r]->(m)
WHERE type(r) = $type
WITH id, r, m ORDER BY coalesce(m.order, 0), m.id
RETURN id, collect(m {.*, __labels: labels(m), __rel: properties(r)}) AS items
