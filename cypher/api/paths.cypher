// All shortest paths between two nodes whose nodes all carry one of $labels (so paths do not
// run through a shared source document or a figure; the caller adds the ends' own labels). The
// predicate is on every node of the path, which lets the planner check it during the
// breadth-first search; a sliced list (nodes(p)[1..-1]) would not, and falls back to an
// exhaustive var-length expansion (seconds instead of milliseconds). The var-length bound must be a literal:
// this file holds the API's ceiling (6) and the resolver narrows "*..6" to the asked maxLength
// before running, so the search never goes deeper than asked.
// params: {"from": "e.changyang", "to": "pv.backsheet", "labels": ["Region", "Chain", "Segment", "Park", "Enterprise", "Project", "Institution"], "max": 11}
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[*..6]-(b))
WHERE all(n IN nodes(p) WHERE any(l IN labels(n) WHERE l IN $labels))
WITH p LIMIT $max
RETURN [n IN nodes(p) | n {.*, __labels: labels(n)}] AS nodes,
       [r IN relationships(p) | {source: startNode(r).id, target: endNode(r).id, type: type(r), props: properties(r)}] AS edges
