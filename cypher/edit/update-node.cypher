// Sets the changed properties of a node; a null value removes the property (unset properties
// are not stored). `seeded` and `seedHash` are never in $props, so a seeded node stays seeded.
// params: {"id": "e.fulede", "props": {"note": null}}
MATCH (n:Entity {id: $id})
SET n += $props
RETURN n {.*, __labels: labels(n)} AS node
