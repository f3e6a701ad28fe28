// Every node with its labels and properties, for a backup (streamed; ids remapped by the caller),
// but the graph's version mark (migration 009): the restored graph gets a version of its own.
MATCH (n)
WHERE NOT n:GraphState
RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props
