// One page of enterprises (and the total) for each of a batch of parks; with $rollup, those in
// sub-parks too (一区多园). Ordered by id so offset cursors are stable. The park itself comes back
// too, so `park(id) { enterprises }` needs no separate node lookup (connection.ts primes the node loader).
// params: {"ids": ["nb-hitech"], "rollup": true, "skip": 0, "limit": 21}
UNWIND $ids AS id
MATCH (p:Park {id: id})
OPTIONAL MATCH (e:Enterprise)-[:LOCATED_IN]->(q:Park)-[:SUB_PARK_OF*0..]->(p)
  WHERE $rollup OR q = p
WITH id, p, e ORDER BY e.id
WITH id, p, collect(DISTINCT e) AS rows
RETURN id, p {.*, __labels: labels(p)} AS node, size(rows) AS total, [x IN rows[$skip..$skip + $limit] | x {.*, __labels: labels(x)}] AS items
