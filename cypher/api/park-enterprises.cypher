// Enterprises located in a batch of parks; with $rollup, those in their sub-parks (一区多园) too.
// params: {"ids": ["nb-hitech"], "rollup": true}
UNWIND $ids AS id
MATCH (p:Park {id: id})
MATCH (e:Enterprise)-[:LOCATED_IN]->(q:Park)-[:SUB_PARK_OF*0..]->(p)
WHERE $rollup OR q = p
WITH id, e ORDER BY e.id
RETURN id, collect(DISTINCT e {.*, __labels: labels(e)}) AS items
