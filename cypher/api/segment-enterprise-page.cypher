// One page of enterprises placed in each of a batch of segments (directly, or with
// $includeChildren in its sub-segments too), each with the IN_SEGMENT link's properties.
// params: {"ids": ["pv.backsheet"], "includeChildren": false, "skip": 0, "limit": 21}
UNWIND $ids AS id
MATCH (s:Segment {id: id})
OPTIONAL MATCH (e:Enterprise)-[r:IN_SEGMENT]->(c:Segment)-[:SUB_SEGMENT_OF*0..]->(s)
  WHERE $includeChildren OR c = s
WITH id, e, r ORDER BY e.id, c.id
WITH id, e, head(collect(r)) AS r
WITH id, collect(CASE WHEN e IS NULL THEN null ELSE e {.*, __labels: labels(e), __rel: properties(r)} END) AS rows
RETURN id, size(rows) AS total, rows[$skip..$skip + $limit] AS items
