// The audit record of one edit, written in the edit's own transaction. Change nodes are not
// :Entity, so no domain query (by id, by label, the link loaders) ever returns them. CHANGED
// points at the target while it exists; CITES at the source the edit cites, if any.
// params: {"change": {"id": "ch.example", "targetId": "e.fulede"}, "targetId": "e.fulede", "source": null}
CREATE (c:Change)
SET c = $change
WITH c
OPTIONAL MATCH (t:Entity {id: $targetId})
FOREACH (_ IN CASE WHEN t IS NULL THEN [] ELSE [1] END | CREATE (c)-[:CHANGED]->(t))
WITH c
OPTIONAL MATCH (s:Source {id: $source})
FOREACH (_ IN CASE WHEN s IS NULL THEN [] ELSE [1] END | CREATE (c)-[:CITES]->(s))
RETURN c {.*, sourceId: s.id} AS change
