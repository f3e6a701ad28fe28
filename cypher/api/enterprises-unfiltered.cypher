// Every enterprise, as one page plus the total, for the list without filters: the total from
// Neo4j's count store, the page read in id order from the id index (no sort, nothing collected).
// params: {"skip": 0, "limit": 21}
MATCH (n:Enterprise)
WITH count(n) AS total
CALL () {
  MATCH (e:Enterprise)
  WHERE e.id IS NOT NULL
  RETURN e ORDER BY e.id SKIP $skip LIMIT $limit
}
RETURN total, collect(e {.*, __labels: labels(e)}) AS items
