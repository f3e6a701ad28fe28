// analysis/chain-outline for a batch of chains (the region overview's every templated chain):
// one row per id asked for, chain null when unknown.
// params: {"chainIds": ["pv", "semi"]}
UNWIND $chainIds AS chainId
OPTIONAL MATCH (c:Chain {id: chainId})
RETURN chainId, c {.id, .name, .nameEn} AS chain,
  COLLECT {
    MATCH (s:Segment)-[:OF_CHAIN]->(c)
    OPTIONAL MATCH (s)-[:SUB_SEGMENT_OF]->(par:Segment)
    RETURN s {.id, .name, .nameEn, .stage, .order, parentId: par.id} ORDER BY s.order
  } AS segments
