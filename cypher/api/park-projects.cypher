// Projects in a batch of parks; with $rollup, those in their sub-parks too.
// params: {"ids": ["ls-etdz"], "rollup": true}
UNWIND $ids AS id
MATCH (p:Park {id: id})
MATCH (j:Project)-[:IN_PARK]->(q:Park)-[:SUB_PARK_OF*0..]->(p)
WHERE $rollup OR q = p
WITH id, j ORDER BY j.id
RETURN id, collect(DISTINCT j {.*, __labels: labels(j)}) AS items
