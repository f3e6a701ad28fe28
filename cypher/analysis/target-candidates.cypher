// Targets (招商目录) ranked in the database, so a request reads the full rows of the best few
// candidates instead of every firm of the chain (issue 15, bench/README.md "Growth"). Starts from
// the segments that can match a gap ($segmentIds: the gap segments, their sub-segments and their
// parents, each with its best relevance in $relevance) by their id index, never from every
// Enterprise. The score is the sum of the parts of scoreCandidate (server/src/domain/targets.ts),
// with the points passed in ($points); it only decides WHICH firms come back: the top $k by score
// and every firm tied with the k-th (0.01 of slack for rounding). The server scores and orders
// those rows again with the domain rule, so the answer stays the rule's. `total` counts every
// firm that passes the filters. Row shape as candidates.cypher.
// params: {"chainId": "pv", "parkIds": ["zs-hitech"], "nearRegionId": "zj.zhoushan", "cityId": "zj.zhoushan", "provinceId": "zj", "neighbourProvinceIds": ["js"], "segmentIds": ["pv.wafer"], "relevance": {"pv.wafer": 40}, "gapIds": ["pv.wafer"], "points": {"relevance": {"INDUSTRY": 15}, "role": {"leading": 20}, "salesPerDecade": 5, "salesMax": 20, "capacity": 5, "supplyLink": 10, "supplyMax": 20, "sameCity": 10, "sameProvince": 5, "neighbourProvince": 2, "presence": 10, "inferredPenalty": -15}, "filterProvinceId": null, "role": null, "listedOnly": false, "minScore": null, "k": 20}
CALL () {
  OPTIONAL MATCH (:Region {id: $nearRegionId})<-[:PART_OF*0..]-(:Region)<-[:IN_REGION]-(:Park)<-[:SUB_PARK_OF*0..]-(np:Park)
  RETURN collect(DISTINCT np.id) AS nearParkIds
}
// Industries mapping to several segments of the chain, one of them a gap (industry-candidates.cypher).
CALL () {
  MATCH (i:Industry)-[:MAPS_TO]->(s:Segment)-[:OF_CHAIN]->(:Chain {id: $chainId})
  WITH i, collect(s.id) AS ids
  WHERE size(ids) > 1 AND any(x IN ids WHERE x IN $gapIds)
  RETURN collect({i: i, ids: ids}) AS industries
}
CALL (industries) {
  MATCH (s:Segment)
  USING INDEX s:Segment(id)
  WHERE s.id IN $segmentIds
  MATCH (e:Enterprise)-[m:IN_SEGMENT]->(s)
  RETURN e,
    $relevance[s.id] + CASE WHEN coalesce(m.inferred, false) AND coalesce(m.fit, '') <> 'exact' THEN $points.inferredPenalty ELSE 0 END AS fit
  UNION ALL
  UNWIND industries AS ind
  WITH ind.i AS i
  MATCH (e:Enterprise)-[:IN_INDUSTRY]->(i)
  WHERE NOT EXISTS { (e)-[:IN_SEGMENT]->(:Segment)-[:OF_CHAIN]->(:Chain {id: $chainId}) }
  RETURN e, $points.relevance.INDUSTRY AS fit
}
WITH nearParkIds, industries, e, max(fit) AS fit
// Every score part reads from one pass over the firm's relationships: a firm has a handful, kept
// in one chain in the store, and each typed expansion reads the whole chain again (at 1M, the
// ten thousand candidates of a small park's gaps cost 65 db hits each with one expansion per part).
WITH nearParkIds, industries, e, fit,
  COLLECT {
    MATCH (e)-[r:LOCATED_IN|IN_REGION|IN_CHAIN|HAS_FIGURE|BY|SUPPLIES|SUBSIDIARY_OF]-(x)
    RETURN {t: type(r), out: startNode(r) = e, x: x, anchor: r.anchor}
  } AS rels
WITH nearParkIds, industries, e, fit, rels, [r IN rels WHERE r.t = 'LOCATED_IN' AND r.out | r.x] AS eps
WHERE none(p IN eps WHERE p.id IN $parkIds)
UNWIND CASE WHEN eps = [] THEN [null] ELSE eps END AS ep
WITH nearParkIds, industries, ep, collect({e: e, fit: fit, rels: rels}) AS firms
WITH nearParkIds, industries, ep, firms,
  COLLECT { MATCH (ep)-[:SUB_PARK_OF*0..]->(:Park)-[:IN_REGION]->(:Region)-[:PART_OF*0..]->(a:Region) RETURN DISTINCT a.id } AS parkRegionIds
UNWIND firms AS firm
WITH nearParkIds, industries, firm.e AS e, firm.fit AS fit, firm.rels AS rels, collect(parkRegionIds) AS parkRegionIds, collect(ep) AS eps
WITH nearParkIds, industries, e, fit, rels, eps,
  [r IN rels WHERE r.t = 'SUPPLIES' | r.x] AS partnersAll,
  [r IN rels WHERE r.t = 'SUBSIDIARY_OF' | r.x] AS kin,
  [r IN rels WHERE r.t = 'IN_REGION' AND r.out | r.x] AS ownRegions,
  [r IN rels WHERE r.t = 'BY' AND NOT r.out | r.x] AS projects,
  [r IN rels WHERE r.t = 'HAS_FIGURE' AND r.out | r.x] AS figures,
  parkRegionIds
WITH nearParkIds, industries, e, fit,
  coalesce(e.roles, []) + CASE WHEN any(r IN rels WHERE r.t = 'IN_CHAIN' AND r.out AND r.anchor = true AND r.x.id = $chainId) THEN ['anchor'] ELSE [] END AS roles,
  reduce(top = 0.0, f IN figures |
    CASE WHEN f.unit = 'CNY' AND coalesce(f.qualifier, 'exact') IN ['exact', 'about', 'over', 'at_least']
      AND (f.metric CONTAINS '销售' OR f.metric CONTAINS '营收' OR f.metric CONTAINS '产值') AND f.value > top
    THEN f.value ELSE top END) AS sales,
  CASE WHEN projects = [] THEN false ELSE any(j IN projects WHERE EXISTS { (j)-[:HAS_CAPACITY]->(:Capacity) }) END AS capacity,
  CASE WHEN partnersAll = [] THEN 0 ELSE size(COLLECT { UNWIND partnersAll AS o MATCH (o:Enterprise)-[:LOCATED_IN]->(p:Park) WHERE p.id IN $parkIds RETURN DISTINCT o.id }) END AS partners,
  any(p IN eps WHERE p.id IN nearParkIds)
    OR CASE WHEN kin = [] THEN false ELSE EXISTS { UNWIND kin AS x MATCH (x:Enterprise)-[:LOCATED_IN]->(p:Park) WHERE NOT p.id IN $parkIds AND p.id IN nearParkIds } END AS present,
  reduce(ids = [], x IN parkRegionIds | ids + x)
    + CASE WHEN ownRegions = [] THEN [] ELSE COLLECT { UNWIND ownRegions AS r0 MATCH (r0:Region)-[:PART_OF*0..]->(a:Region) RETURN a.id } END AS regionIds
WHERE ($filterProvinceId IS NULL OR $filterProvinceId IN regionIds)
  AND ($role IS NULL OR $role IN roles)
  AND (NOT coalesce($listedOnly, false) OR 'listed' IN roles OR e.stockCode IS NOT NULL)
WITH nearParkIds, industries, e,
  fit
  + reduce(best = 0, r IN roles | CASE WHEN coalesce($points.role[r], 0) > best THEN $points.role[r] ELSE best END)
  + CASE WHEN sales > 1e7 THEN
      CASE WHEN round($points.salesPerDecade * log10(sales / 1e7) * 10) / 10 > $points.salesMax THEN $points.salesMax
        ELSE round($points.salesPerDecade * log10(sales / 1e7) * 10) / 10 END
    ELSE 0 END
  + CASE WHEN capacity THEN $points.capacity ELSE 0 END
  + CASE WHEN partners * $points.supplyLink > $points.supplyMax THEN $points.supplyMax ELSE partners * $points.supplyLink END
  + CASE
      WHEN $cityId IS NOT NULL AND $cityId IN regionIds THEN $points.sameCity
      WHEN $provinceId IS NOT NULL AND $provinceId IN regionIds THEN $points.sameProvince
      WHEN any(n IN coalesce($neighbourProvinceIds, []) WHERE n IN regionIds) THEN $points.neighbourProvince
      ELSE 0 END
  + CASE WHEN present THEN $points.presence ELSE 0 END AS raw
WITH nearParkIds, industries, e, round(raw * 10) / 10 AS score
WHERE $minScore IS NULL OR score >= $minScore
WITH nearParkIds, industries, e, score
ORDER BY score DESC
WITH nearParkIds, industries, collect({e: e, score: score}) AS ranked
WITH nearParkIds, industries, size(ranked) AS total,
  CASE WHEN size(ranked) > $k THEN ranked[toInteger($k) - 1].score - 0.01 END AS cut, ranked
WITH nearParkIds, industries, total, [r IN ranked WHERE cut IS NULL OR r.score >= cut | r.e] AS picked
RETURN total, COLLECT {
  UNWIND picked AS e
  CALL (e, industries) {
    MATCH (e)-[m:IN_SEGMENT]->(s:Segment)
    WHERE s.id IN $segmentIds
    RETURN s.id AS segmentId, coalesce(m.inferred, false) AS inferred, m.basis AS basis, m.fit AS fit, null AS industry
    UNION ALL
    UNWIND industries AS ind
    WITH ind.i AS i, ind.ids AS ids
    MATCH (e)-[:IN_INDUSTRY]->(i)
    WHERE NOT EXISTS { (e)-[:IN_SEGMENT]->(:Segment)-[:OF_CHAIN]->(:Chain {id: $chainId}) }
    RETURN ids[0] AS segmentId, true AS inferred, '申万行业 ' + i.name + '（' + i.code + '）对应本链多个环节' AS basis, 'loose' AS fit,
      {id: i.id, name: i.name, segmentIds: ids} AS industry
  }
  OPTIONAL MATCH (e)-[:LOCATED_IN]->(ep:Park)
  RETURN {
    enterprise: e {.id, .name, .nameEn, .shortName, .roles},
    parkId: ep.id, parkName: ep.name,
    segmentId: segmentId, inferred: inferred, basis: basis, fit: fit, industry: industry,
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
  ORDER BY e.id, segmentId
} AS rows
