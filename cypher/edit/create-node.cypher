// Creates a node entered through the API: its own label (one of the editable labels, chosen by
// the server, never by input) plus :Entity, and no `seeded` flag, so the seed loader never
// deletes or rewrites it. The :Entity id constraint refuses a duplicate id.
// params: {"label": "Enterprise", "props": {"id": "e.example", "name": "示例"}}
CREATE (n:$($label):Entity)
SET n = $props
RETURN n {.*, __labels: labels(n)} AS node
