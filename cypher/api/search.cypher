// Full-text search over names (name_search: cjk analyzer, Chinese bigrams + English words),
// optionally restricted to some labels; best score first, id to break ties so pages are stable.
// Returns the total and one page ($skip/$limit are INTEGER) in one statement.
// params: {"query": "宏发 OR 宏发*", "types": null, "skip": 0, "limit": 21}
CALL db.index.fulltext.queryNodes('name_search', $query) YIELD node, score
WHERE $types IS NULL OR any(l IN labels(node) WHERE l IN $types)
WITH node, score
ORDER BY score DESC, node.id
WITH collect({node: node {.*, __labels: labels(node)}, score: score}) AS hits
RETURN size(hits) AS total, hits[$skip..$skip + $limit] AS items
