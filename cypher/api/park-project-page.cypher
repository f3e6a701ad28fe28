// One page of projects (and the total) for each of a batch of parks; with $rollup, those in
// sub-parks too. Ordered by id so offset cursors are stable. The park itself comes back too, so
// `park(id) { projects }` needs no separate node lookup (connection.ts primes the node loader).
// params: {"ids": ["ls-etdz"], "rollup": true, "skip": 0, "limit": 21}
UNWIND $ids AS id
MATCH (p:Park {id: id})
OPTIONAL MATCH (j:Project)-[:IN_PARK]->(q:Park)-[:SUB_PARK_OF*0..]->(p)
  WHERE $rollup OR q = p
WITH id, p, j ORDER BY j.id
WITH id, p, collect(DISTINCT j) AS rows
RETURN id, p {.*, __labels: labels(p)} AS node, size(rows) AS total, [x IN rows[$skip..$skip + $limit] | x {.*, __labels: labels(x)}] AS items
