// Every project, as one page plus the total, for the list without filters: the total from
// Neo4j's count store, the page read in id order from the id index (no sort, nothing collected).
// params: {"skip": 0, "limit": 21}
MATCH (n:Project)
WITH count(n) AS total
CALL () {
  MATCH (j:Project)
  WHERE j.id IS NOT NULL
  RETURN j ORDER BY j.id SKIP $skip LIMIT $limit
}
RETURN total, collect(j {.*, __labels: labels(j)}) AS items
