// One hop in along relationships of one type (sub-parks of a park, projects of an enterprise …).
// params: {"ids": ["nb-hitech"], "type": "SUB_PARK_OF"}
UNWIND $ids AS id
MATCH (n:Entity {id: id})<-[r]-(m)
WHERE type(r) = $type
WITH id, r, m ORDER BY coalesce(m.order, 0), m.id
RETURN id, collect(m {.*, __labels: labels(m), __rel: properties(r)}) AS items
