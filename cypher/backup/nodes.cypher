// Every node with its labels and properties, for a backup (streamed; ids remapped by the caller).
MATCH (n)
RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props
