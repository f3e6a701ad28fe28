// Every node of one domain label, ordered by id (small lists: regions, sources, institutions).
// params: {"label": "Region"}
MATCH (n:Entity)
WHERE $label IN labels(n)
RETURN n {.*, __labels: labels(n)} AS node
ORDER BY n.id
