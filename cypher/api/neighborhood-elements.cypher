// The nodes of a neighbourhood and every relationship among them (capped at $maxEdges + 1 so
// the caller can tell it cut them).
// params: {"ids": ["e.changyang", "nb-jiangbei-hitech-park", "film.reflective-film"], "maxEdges": 1001}
MATCH (n:Entity) WHERE n.id IN $ids
WITH collect(n) AS ns
RETURN [n IN ns | n {.*, __labels: labels(n)}] AS nodes,
       COLLECT {
         UNWIND ns AS a
         MATCH (a)-[r]->(b:Entity)
         WHERE b.id IN $ids
         RETURN {source: a.id, target: b.id, type: type(r), props: properties(r)} AS edge
         ORDER BY edge.source, edge.type, edge.target
         LIMIT $maxEdges
       } AS edges
