// Deletes up to $batch nodes with their relationships; returns how many (0: the graph is empty).
// The graph's version mark (migration 009) stays: the restore sets it when done.
// params: {"batch": 10000}
MATCH (n)
WHERE NOT n:GraphState
WITH n LIMIT $batch
DETACH DELETE n
RETURN count(*) AS deleted
