// A chain's segments with their parent segment, for the gap report; chain null when unknown.
// params: {"chainId": "pv"}
OPTIONAL MATCH (c:Chain {id: $chainId})
RETURN c {.id, .name, .nameEn} AS chain,
  COLLECT {
    MATCH (s:Segment)-[:OF_CHAIN]->(c)
    OPTIONAL MATCH (s)-[:SUB_SEGMENT_OF]->(par:Segment)
    RETURN s {.id, .name, .nameEn, .stage, .order, parentId: par.id} ORDER BY s.order
  } AS segments
