// Ids taken by $id itself or by "$id-<n>", for choosing a free generated id.
// params: {"id": "e.example"}
MATCH (n:Entity)
WHERE n.id = $id OR n.id STARTS WITH $id + '-'
RETURN collect(n.id) AS ids
