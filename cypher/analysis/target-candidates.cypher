// Targets (招商目录) ranked in the database, so a request reads the full rows of the best few
// candidates instead of every firm of the chain (issue 15, bench/README.md "Growth"). Starts from
// the segments that can match a gap ($segmentIds: the gap segments, their sub-segments and their
// parents, each with its best relevance in $relevance) by their id index, never from every
// Enterprise. The score is the sum of the parts of scoreCandidate (server/src/domain/targets.ts),
// with the points passed in ($points); it only decides WHICH firms come back: the top $k by score
// and every firm tied with the k-th (0.01 of slack for rounding). The server scores and orders
// those rows again with the domain rule, so the answer stays the rule's. `total` counts every
// firm that passes the filters. Row shape as candidates.cypher.
//
// Two phases, because most candidates cannot rank: phase 1 gives every candidate the parts that
// are cheap and certain (fit, roles, where its parks lie, presence through its own parks) and a
// bound on the rest (sales, capacity, supply partners, presence through kin: no relationship of
// the type, no points; their points are never negative, target-candidates.test.ts checks). Phase 2 reads
// those parts only for firms whose best case reaches the k-th certain score: at 1M, 727 of the
// 10,319 candidates of a 126-firm park's eight gaps.
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
// Phase 1. Every part reads from one pass over the firm's relationships: a firm has a handful,
// kept in one chain in the store, and each typed expansion would read the whole chain again.
WITH nearParkIds, industries, e, fit,
  COLLECT {
    MATCH (e)-[r:LOCATED_IN|IN_REGION|IN_CHAIN|HAS_FIGURE|BY|SUPPLIES|SUBSIDIARY_OF]-(x)
    RETURN {t: type(r), out: startNode(r) = e, x: x, anchor: r.anchor}
  } AS rels
WITH nearParkIds, industries, e, fit, rels, [r IN rels WHERE r.t = 'LOCATED_IN' AND r.out | r.x] AS eps
WHERE none(p IN eps WHERE p.id IN $parkIds)
WITH nearParkIds, industries, e, fit, eps,
  coalesce(e.roles, []) + CASE WHEN any(r IN rels WHERE r.t = 'IN_CHAIN' AND r.out AND r.anchor = true AND r.x.id = $chainId) THEN ['anchor'] ELSE [] END AS roles,
  [r IN rels WHERE r.t = 'IN_REGION' AND r.out | r.x] AS ownRegions,
  CASE WHEN any(r IN rels WHERE r.t = 'HAS_FIGURE' AND r.out) THEN $points.salesMax ELSE 0 END
  + CASE WHEN any(r IN rels WHERE r.t = 'BY' AND NOT r.out) THEN $points.capacity ELSE 0 END
  + CASE WHEN size([r IN rels WHERE r.t = 'SUPPLIES']) * $points.supplyLink > $points.supplyMax THEN $points.supplyMax
      ELSE size([r IN rels WHERE r.t = 'SUPPLIES']) * $points.supplyLink END
  AS slack,
  any(r IN rels WHERE r.t = 'SUBSIDIARY_OF') AS hasKin
WHERE ($role IS NULL OR $role IN roles)
  AND (NOT coalesce($listedOnly, false) OR 'listed' IN roles OR e.stockCode IS NOT NULL)
WITH nearParkIds, industries, e, eps + ownRegions AS places, slack, hasKin,
  fit + reduce(best = 0, r IN roles | CASE WHEN coalesce($points.role[r], 0) > best THEN $points.role[r] ELSE best END) AS own
// Where each of the firms' places (its parks, and the regions it is placed in directly) lies,
// read once per place: 3 in the scope's city, 2 its province, 1 a neighbouring province; whether
// it is in the province the list is filtered to; whether it is a park near the scope.
UNWIND CASE WHEN places = [] THEN [null] ELSE places END AS place
WITH nearParkIds, industries, place, collect({e: e, own: own, slack: slack, hasKin: hasKin}) AS firms
WITH nearParkIds, industries, place, firms,
  COLLECT {
    MATCH (place:Park)-[:SUB_PARK_OF*0..]->(:Park)-[:IN_REGION]->(:Region)-[:PART_OF*0..]->(a:Region) RETURN a.id AS id
    UNION
    MATCH (place:Region)-[:PART_OF*0..]->(a:Region) RETURN a.id AS id
  } AS ids
WITH nearParkIds, industries, place, firms,
  CASE
    WHEN $cityId IS NOT NULL AND $cityId IN ids THEN 3
    WHEN $provinceId IS NOT NULL AND $provinceId IN ids THEN 2
    WHEN any(n IN coalesce($neighbourProvinceIds, []) WHERE n IN ids) THEN 1
    ELSE 0 END AS level,
  $filterProvinceId IS NULL OR $filterProvinceId IN ids AS inProvince,
  place:Park AND place.id IN nearParkIds AS near
UNWIND firms AS firm
WITH nearParkIds, industries, firm.e AS e, head(collect(firm)) AS firm,
  max(level) AS level, any(x IN collect(inProvince) WHERE x) AS inProvince, any(x IN collect(near) WHERE x) AS nearBy
WHERE inProvince
WITH nearParkIds, industries, e, nearBy,
  firm.own
  + CASE level WHEN 3 THEN $points.sameCity WHEN 2 THEN $points.sameProvince WHEN 1 THEN $points.neighbourProvince ELSE 0 END
  + CASE WHEN nearBy THEN $points.presence ELSE 0 END AS base,
  firm.slack + CASE WHEN firm.hasKin AND NOT nearBy THEN $points.presence ELSE 0 END AS slack
// The k-th best certain score among firms sure to pass minScore (scores are rounded to 0.1 and the
// cut keeps ties within 0.01: 0.2 of margin keeps every firm that could reach the first k). The
// firms are collected in order rather than sorted afterwards: a sort's rows would each carry the list.
WITH nearParkIds, industries, e, nearBy, base, slack
ORDER BY base DESC
WITH nearParkIds, industries, collect({e: e, nearBy: nearBy, base: base, ub: base + slack}) AS firms
WITH nearParkIds, industries, firms,
  [f IN firms WHERE $minScore IS NULL OR round(f.base * 10) / 10 >= $minScore | f.base][toInteger($k) - 1] - 0.2 AS floor
UNWIND firms AS f
WITH nearParkIds, industries, f,
  floor IS NULL OR f.ub >= floor OR ($minScore IS NOT NULL AND round(f.base * 10) / 10 < $minScore AND f.ub + 0.05 >= $minScore) AS open
WITH nearParkIds, industries, collect(CASE WHEN open THEN f END) AS open,
  sum(CASE WHEN NOT open AND ($minScore IS NULL OR round(f.base * 10) / 10 >= $minScore) THEN 1 ELSE 0 END) AS settled
// Phase 2, the firms still open: the bounded parts read exactly.
UNWIND open AS f
WITH nearParkIds, industries, settled, f.e AS e, f.nearBy AS nearBy, f.base AS base
WITH nearParkIds, industries, settled, e, nearBy, base,
  COLLECT {
    MATCH (e)-[r:HAS_FIGURE|BY|SUPPLIES|SUBSIDIARY_OF]-(x)
    RETURN {t: type(r), out: startNode(r) = e, x: x}
  } AS rels
WITH nearParkIds, industries, settled, e, nearBy, base,
  [r IN rels WHERE r.t = 'SUPPLIES' | r.x] AS partnersAll,
  [r IN rels WHERE r.t = 'SUBSIDIARY_OF' | r.x] AS kin,
  [r IN rels WHERE r.t = 'BY' AND NOT r.out | r.x] AS projects,
  [r IN rels WHERE r.t = 'HAS_FIGURE' AND r.out | r.x] AS figures
WITH nearParkIds, industries, settled, e, nearBy, base,
  reduce(top = 0.0, f IN figures |
    CASE WHEN f.unit = 'CNY' AND coalesce(f.qualifier, 'exact') IN ['exact', 'about', 'over', 'at_least']
      AND (f.metric CONTAINS '销售' OR f.metric CONTAINS '营收' OR f.metric CONTAINS '产值') AND f.value > top
    THEN f.value ELSE top END) AS sales,
  CASE WHEN projects = [] THEN false ELSE any(j IN projects WHERE EXISTS { (j)-[:HAS_CAPACITY]->(:Capacity) }) END AS capacity,
  CASE WHEN partnersAll = [] THEN 0 ELSE size(COLLECT { UNWIND partnersAll AS o MATCH (o:Enterprise)-[:LOCATED_IN]->(p:Park) WHERE p.id IN $parkIds RETURN DISTINCT o.id }) END AS partners,
  NOT nearBy AND CASE WHEN kin = [] THEN false ELSE EXISTS { UNWIND kin AS x MATCH (x:Enterprise)-[:LOCATED_IN]->(p:Park) WHERE NOT p.id IN $parkIds AND p.id IN nearParkIds } END AS presentByKin
WITH nearParkIds, industries, settled, e,
  base
  + CASE WHEN sales > 1e7 THEN
      CASE WHEN round($points.salesPerDecade * log10(sales / 1e7) * 10) / 10 > $points.salesMax THEN $points.salesMax
        ELSE round($points.salesPerDecade * log10(sales / 1e7) * 10) / 10 END
    ELSE 0 END
  + CASE WHEN capacity THEN $points.capacity ELSE 0 END
  + CASE WHEN partners * $points.supplyLink > $points.supplyMax THEN $points.supplyMax ELSE partners * $points.supplyLink END
  + CASE WHEN presentByKin THEN $points.presence ELSE 0 END AS raw
WITH nearParkIds, industries, settled, e, round(raw * 10) / 10 AS score
WHERE $minScore IS NULL OR score >= $minScore
WITH nearParkIds, industries, settled, e, score
ORDER BY score DESC
WITH nearParkIds, industries, settled, collect({e: e, score: score}) AS ranked
WITH nearParkIds, industries, settled + size(ranked) AS total,
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
