// Firms that carry only an industry mapping to SEVERAL segments of the chain (no segment link
// in it, seeds/industries.yaml), outside the scope's parks: a weaker, industry-level match for
// every one of those segments. Same row shape as candidates.cypher.
// params: {"chainId": "pv", "parkIds": ["zs-hitech"], "nearRegionId": "zj.zhoushan"}
MATCH (i:Industry)-[:MAPS_TO]->(s:Segment)-[:OF_CHAIN]->(:Chain {id: $chainId})
WITH i, collect(s.id) AS segmentIds
WHERE size(segmentIds) > 1
MATCH (e:Enterprise)-[:IN_INDUSTRY]->(i)
WHERE NOT EXISTS { (e)-[:LOCATED_IN]->(p:Park) WHERE p.id IN $parkIds }
  AND NOT EXISTS { (e)-[:IN_SEGMENT]->(:Segment)-[:OF_CHAIN]->(:Chain {id: $chainId}) }
OPTIONAL MATCH (e)-[:LOCATED_IN]->(ep:Park)
RETURN {
  enterprise: e {.id, .name, .nameEn, .shortName, .roles},
  parkId: ep.id, parkName: ep.name,
  segmentId: segmentIds[0], inferred: true, basis: '申万行业 ' + i.name + '（' + i.code + '）对应本链多个环节', fit: 'loose',
  industry: {id: i.id, name: i.name, segmentIds: segmentIds},
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
    WHERE NOT p.id IN $parkIds
      AND EXISTS { (p)-[:SUB_PARK_OF*0..]->(:Park)-[:IN_REGION]->(:Region)-[:PART_OF*0..]->(:Region {id: $nearRegionId}) }
    RETURN DISTINCT x.id
  }
} AS row
ORDER BY e.id
