// neighborhood() in one statement: the start node, a breadth-first walk of up to three levels
// (unrolled: a level only walks while $depth allows and nothing was cut), then every
// relationship among the nodes kept. Each level keeps the nodes one hop from the previous one, of
// the allowed labels, not seen yet, in id order, as many as the limit leaves room for; finding
// more than that ends the walk with `truncated`. The per-level ORDER BY … LIMIT $limit is a
// top-k (room + 1 ≤ $limit), so no level holds more than $limit nodes. Edges are capped at
// $maxEdges + 1 so the caller can tell it cut them. No row for an unknown id.
// Without $withData (no `data` asked for, as when the explorer draws) each node and edge is a list
// of what is drawn (drawnNode and drawnEdge, server/src/domain/graph-elements.ts) instead of
// every property: a neighbourhood of 161 nodes and their edges, no longer a map per node to decode.
// params: {"id": "e.changyang", "depth": 2, "labels": ["Region", "Chain", "Segment", "Park", "Enterprise", "Project", "Institution"], "limit": 200, "maxEdges": 1001, "withData": false}
MATCH (start:Entity {id: $id})
WITH start, [start] AS seen, [start] AS frontier, false AS truncated
CALL (seen, frontier) {
  UNWIND frontier AS f
  MATCH (f)--(b:Entity)
  WHERE any(l IN labels(b) WHERE l IN $labels) AND NOT b IN seen
  WITH DISTINCT b ORDER BY b.id LIMIT $limit
  RETURN collect(b) AS found
}
WITH start, seen, found, $limit - size(seen) AS room, truncated
WITH start, seen + found[..room] AS seen, truncated OR size(found) > room AS truncated,
  CASE WHEN $depth >= 2 THEN found[..room] ELSE [] END AS frontier
WITH start, seen, truncated, CASE WHEN truncated THEN [] ELSE frontier END AS frontier
CALL (seen, frontier) {
  UNWIND frontier AS f
  MATCH (f)--(b:Entity)
  WHERE any(l IN labels(b) WHERE l IN $labels) AND NOT b IN seen
  WITH DISTINCT b ORDER BY b.id LIMIT $limit
  RETURN collect(b) AS found
}
WITH start, seen, found, $limit - size(seen) AS room, truncated
WITH start, seen + found[..room] AS seen, truncated OR size(found) > room AS truncated,
  CASE WHEN $depth >= 3 THEN found[..room] ELSE [] END AS frontier
WITH start, seen, truncated, CASE WHEN truncated THEN [] ELSE frontier END AS frontier
CALL (seen, frontier) {
  UNWIND frontier AS f
  MATCH (f)--(b:Entity)
  WHERE any(l IN labels(b) WHERE l IN $labels) AND NOT b IN seen
  WITH DISTINCT b ORDER BY b.id LIMIT $limit
  RETURN collect(b) AS found
}
WITH seen, found, $limit - size(seen) AS room, truncated
WITH seen + found[..room] AS seen, truncated OR size(found) > room AS truncated
RETURN truncated,
  CASE WHEN $withData THEN [n IN seen | n {.*, __labels: labels(n)}]
  ELSE [n IN seen | [
    n.id, labels(n), coalesce(n.name, n.title, n.metric, n.product), coalesce(n.nameEn, n.titleEn, n.metricEn, n.productEn),
    n.kind, n.stage, n.order, n.status
  ]] END AS nodes,
  COLLECT {
    UNWIND seen AS a
    MATCH (a)-[r]->(b:Entity)
    WHERE b IN seen
    RETURN CASE WHEN $withData THEN {source: a.id, target: b.id, type: type(r), props: properties(r)}
      ELSE [a.id, b.id, type(r), r.crossChain, r.inferred] END AS edge
    ORDER BY a.id, type(r), b.id
    LIMIT $maxEdges
  } AS edges
