// Whether the source an importer cites is in the graph (seeded from seeds/sources.yaml).
// params: {"id": "ds-ashare"}
OPTIONAL MATCH (s:Source {id: $id})
RETURN s IS NOT NULL AS found
