// Full-text search over names (name_search: cjk analyzer, Chinese bigrams + English words),
// optionally restricted to some labels; best score first, id to break ties so pages are stable.
// Returns the total and one page ($skip/$limit are INTEGER) in one statement. The total is a
// streaming count and the page a top-k (ORDER BY … LIMIT keeps only skip + limit rows), so a
// query matching most of a national graph ("合成企业 …" over 1M firms) holds one page in memory,
// not a list of every hit (which the transaction memory limit refused at 1M).
// params: {"query": "宏发 OR 宏发*", "types": null, "skip": 0, "limit": 21}
CALL () {
  CALL db.index.fulltext.queryNodes('name_search', $query) YIELD node
  WHERE $types IS NULL OR any(l IN labels(node) WHERE l IN $types)
  RETURN count(node) AS total
}
CALL () {
  CALL db.index.fulltext.queryNodes('name_search', $query) YIELD node, score
  WHERE $types IS NULL OR any(l IN labels(node) WHERE l IN $types)
  WITH node, score
  ORDER BY score DESC, node.id
  SKIP $skip LIMIT $limit
  RETURN collect({node: node {.*, __labels: labels(node)}, score: score}) AS items
}
RETURN total, items
