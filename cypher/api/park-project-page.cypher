// One page of projects (and the total) for each of a batch of parks; with $rollup, those in
// sub-parks too. Ordered by id so offset cursors are stable. The park itself comes back too, so
// `park(id) { projects }` needs no separate node lookup (connection.ts primes the node loader).
// Institutions share IN_PARK, so the total counts the links from projects (each project has one:
// server/src/db/link-invariants.test.ts); $limit 0 reads no project's properties (see
// park-enterprise-page).
// params: {"ids": ["ls-etdz"], "rollup": true, "skip": 0, "limit": 21}
UNWIND $ids AS id
MATCH (p:Park {id: id})
WITH id, p, COLLECT { MATCH (q:Park)-[:SUB_PARK_OF*0..]->(p) WHERE $rollup OR q = p RETURN DISTINCT q } AS parks
CALL (parks) {
  UNWIND parks AS q
  RETURN sum(COUNT { (q)<-[:IN_PARK]-(:Project) }) AS total
}
CALL (parks) {
  UNWIND CASE WHEN $limit > 0 THEN parks ELSE [] END AS q
  MATCH (q)<-[:IN_PARK]-(j:Project)
  WITH j ORDER BY j.id SKIP $skip LIMIT $limit
  RETURN collect(j {.*, __labels: labels(j)}) AS items
}
RETURN id, p {.*, __labels: labels(p)} AS node, total, items
