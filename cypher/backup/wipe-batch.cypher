// Deletes up to $batch nodes with their relationships; returns how many (0: the graph is empty).
// params: {"batch": 10000}
MATCH (n)
WITH n LIMIT $batch
DETACH DELETE n
RETURN count(*) AS deleted
