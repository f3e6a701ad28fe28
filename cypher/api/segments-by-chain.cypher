// The segments of a batch of chains in upstream → downstream order, with their parent segment
// and how many enterprises the graph places in each.
// params: {"ids": ["pv"]}
UNWIND $ids AS id
MATCH (c:Chain {id: id})<-[:OF_CHAIN]-(s:Segment)
OPTIONAL MATCH (s)-[:SUB_SEGMENT_OF]->(p:Segment)
WITH id, s, p ORDER BY s.order
RETURN id, collect(s {
  .*, __labels: labels(s), chainId: id, parentId: p.id,
  enterpriseCount: COUNT { (s)<-[:IN_SEGMENT]-(:Enterprise) }
}) AS items
