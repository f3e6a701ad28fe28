// One page of enterprises placed in each of a batch of segments (directly, or with
// $includeChildren in its sub-segments too), each with the IN_SEGMENT link's properties. The
// segment itself comes back too, so `segment(id) { enterprises }` needs no separate node lookup
// (connection.ts primes the node loader).
// params: {"ids": ["pv.backsheet"], "includeChildren": false, "skip": 0, "limit": 21}
UNWIND $ids AS id
MATCH (s:Segment {id: id})
OPTIONAL MATCH (e:Enterprise)-[r:IN_SEGMENT]->(c:Segment)-[:SUB_SEGMENT_OF*0..]->(s)
  WHERE $includeChildren OR c = s
WITH id, s, e, r ORDER BY e.id, c.id
WITH id, s, e, head(collect(r)) AS r
WITH id, s, collect(CASE WHEN e IS NULL THEN null ELSE e {.*, __labels: labels(e), __rel: properties(r)} END) AS rows
RETURN id, s {.*, __labels: labels(s)} AS node, size(rows) AS total, rows[$skip..$skip + $limit] AS items
