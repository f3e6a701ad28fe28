// Every enterprise mapped to a segment of the chain that is not located in the scope's parks,
// with what the target score and "nearest supply" need: roles, anchor flag for this chain, the
// regions it sits in (its park's region or its own, and every region above), sales figures,
// stated capacities of its projects, supply links with firms located in the scope, and firms of
// its group (itself, its parent or subsidiaries) already located near the scope (outside it) in
// region $nearRegionId (an expansion lead). Firms carrying only an industry: industry-candidates.
// The parks in $nearRegionId (with their sub-parks) are found once, from the region's index
// seek, instead of walking every candidate's park up to its regions (that walk grew with the
// number of candidates: bench/results/plans-*.md).
// params: {"chainId": "pv", "parkIds": ["zs-hitech"], "nearRegionId": "zj.zhoushan"}
CALL () {
  OPTIONAL MATCH (:Region {id: $nearRegionId})<-[:PART_OF*0..]-(:Region)<-[:IN_REGION]-(:Park)<-[:SUB_PARK_OF*0..]-(np:Park)
  RETURN collect(DISTINCT np.id) AS nearParkIds
}
MATCH (e:Enterprise)-[m:IN_SEGMENT]->(s:Segment)-[:OF_CHAIN]->(:Chain {id: $chainId})
WHERE NOT EXISTS { (e)-[:LOCATED_IN]->(p:Park) WHERE p.id IN $parkIds }
OPTIONAL MATCH (e)-[:LOCATED_IN]->(ep:Park)
RETURN {
  enterprise: e {.id, .name, .nameEn, .shortName, .roles},
  parkId: ep.id, parkName: ep.name,
  segmentId: s.id, inferred: coalesce(m.inferred, false), basis: m.basis, fit: m.fit, industry: null,
  stockCode: e.stockCode,
  anchor: EXISTS { (e)-[:IN_CHAIN {anchor: true}]->(:Chain {id: $chainId}) },
  regionIds: COLLECT {
    MATCH (e)-[:LOCATED_IN]->(:Park)-[:SUB_PARK_OF*0..]->(:Park)-[:IN_REGION]->(:Region)-[:PART_OF*0..]->(a:Region) RETURN a.id AS id
    UNION
    MATCH (e)-[:IN_REGION]->(:Region)-[:PART_OF*0..]->(a:Region) RETURN a.id AS id
  },
  sales: COLLECT {
    MATCH (e)-[:HAS_FIGURE]->(f:Figure)
    WHERE f.unit = 'CNY' AND coalesce(f.qualifier, 'exact') IN ['exact', 'about', 'over', 'at_least']
      AND (f.metric CONTAINS '销售' OR f.metric CONTAINS '营收' OR f.metric CONTAINS '产值')
    RETURN f {.metric, .value, .period, .qualifier}
  },
  capacities: COLLECT {
    MATCH (e)<-[:BY]-(:Project)-[:HAS_CAPACITY]->(c:Capacity) RETURN c {.product, .value, .unit}
  },
  supplyPartners: COLLECT {
    MATCH (e)-[:SUPPLIES]-(o:Enterprise)-[:LOCATED_IN]->(p:Park) WHERE p.id IN $parkIds RETURN DISTINCT o.id
  },
  presentNearby: COLLECT {
    MATCH (e)-[:SUBSIDIARY_OF*0..1]-(x:Enterprise)-[:LOCATED_IN]->(p:Park)
    WHERE NOT p.id IN $parkIds AND p.id IN nearParkIds
    RETURN DISTINCT x.id
  }
} AS row
ORDER BY e.id, s.id
