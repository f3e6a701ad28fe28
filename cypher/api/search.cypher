// Full-text search over names (name_search: cjk analyzer, Chinese bigrams + English words),
// optionally restricted to some labels; best score first, id to break ties so pages are stable.
//
// Search ranks a window: the best $window + 1 hits in the index's score order (Lucene keeps a
// top-k when $options carries a limit, i.e. when no type filter has to come first). Only those
// are counted, sorted by (score, id) and paged, so a text matching most of a national graph
// ("合成企业 …" matches all 1.2M firms at 1M) costs the window, not every hit. `counted` above
// $window tells the caller the total is a lower bound; pages end at $window (the last of the
// sorted 10,001 is never shown, so every page is cut from the same list). Below the window the
// answer is exact.
//
// The ranked list is collected once and only the page is projected: sorting rows that carry a
// list makes the database charge the list to every row (over the transaction's memory limit).
// params: {"query": "宏发 OR 宏发*", "types": null, "options": {"limit": 10001}, "window": 10000, "skip": 0, "limit": 21}
CALL db.index.fulltext.queryNodes('name_search', $query, $options) YIELD node, score
WHERE $types IS NULL OR any(l IN labels(node) WHERE l IN $types)
WITH node, score
LIMIT $window + 1
WITH node, score
ORDER BY score DESC, node.id
WITH collect({node: node, score: score}) AS ranked
WITH size(ranked) AS counted, ranked[..$window][$skip..$skip + $limit] AS page
CALL (page) {
  UNWIND page AS h
  WITH h.node AS n, h.score AS score
  RETURN collect({node: n {.*, __labels: labels(n)}, score: score}) AS items
}
RETURN counted, items
