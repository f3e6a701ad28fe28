// Full-text search over names (name_search: cjk analyzer, Chinese bigrams + English words),
// optionally restricted to some labels; best score first, id to break ties so pages are stable.
// Returns the total and one page ($skip/$limit are INTEGER) in one statement. Only the page's
// nodes are projected: a query matching most of a national graph ("合成企业 …" over 100k firms)
// holds node references, not 100k property maps (which the transaction memory limit refused).
// params: {"query": "宏发 OR 宏发*", "types": null, "skip": 0, "limit": 21}
CALL db.index.fulltext.queryNodes('name_search', $query) YIELD node, score
WHERE $types IS NULL OR any(l IN labels(node) WHERE l IN $types)
WITH node, score
ORDER BY score DESC, node.id
WITH collect({node: node, score: score}) AS hits
WITH size(hits) AS total, hits[$skip..$skip + $limit] AS page
CALL {
  WITH page
  UNWIND page AS h
  WITH h.node AS n, h.score AS score
  RETURN collect({node: n {.*, __labels: labels(n)}, score: score}) AS items
}
RETURN total, items
