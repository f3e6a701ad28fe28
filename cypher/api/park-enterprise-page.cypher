// One page of enterprises (and the total) for each of a batch of parks; with $rollup, those in
// sub-parks too (一区多园). Ordered by id so offset cursors are stable. The park itself comes back
// too, so `park(id) { enterprises }` needs no separate node lookup (connection.ts primes the node loader).
// The total is the parks' LOCATED_IN degrees: only enterprises have the link and each has one
// (every write path keeps it single: seeds, link kinds, sheet import, the generator;
// server/src/db/link-invariants.test.ts), so no firm is counted twice and none is read to be
// counted. $limit 0 (a page of totals only, as the start page asks for 200 parks) reads no firm;
// the busiest park of the national graph sorted its 17,565 firms for that.
// params: {"ids": ["nb-hitech"], "rollup": true, "skip": 0, "limit": 21}
UNWIND $ids AS id
MATCH (p:Park {id: id})
WITH id, p, COLLECT { MATCH (q:Park)-[:SUB_PARK_OF*0..]->(p) WHERE $rollup OR q = p RETURN DISTINCT q } AS parks
CALL (parks) {
  UNWIND parks AS q
  RETURN sum(COUNT { (q)<-[:LOCATED_IN]-() }) AS total
}
CALL (parks) {
  UNWIND CASE WHEN $limit > 0 THEN parks ELSE [] END AS q
  MATCH (q)<-[:LOCATED_IN]-(e:Enterprise)
  WITH e ORDER BY e.id SKIP $skip LIMIT $limit
  RETURN collect(e {.*, __labels: labels(e)}) AS items
}
RETURN id, p {.*, __labels: labels(p)} AS node, total, items
