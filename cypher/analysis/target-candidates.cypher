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
// $places (target-places.cypher, read first in the same transaction) says where each place
// around the scope lies: l 3 in its city, 2 its province, 1 a bordering province; n near it; f in
// the filtered province. A place not in it counts for nothing. Looking a candidate's park up there
// replaced a walk up the region tree from each of them.
//
// Two phases, because most candidates cannot rank: phase 1 gives every candidate the parts that
// are cheap and certain (fit, roles, location, presence through its own parks, and supply links
// with the scope's firms, counted from the scope's side: its firms' partners, joined to the
// candidates by grouping on the firm) and a bound on the rest (sales, capacity, presence through
// kin: no relationship of the type, no points; their points are never negative,
// target-candidates.test.ts checks). Phase 2 reads those parts only for firms whose best case
// reaches the k-th certain score: at 1M, 107 of the 10,319 candidates of a 126-firm park's eight
// gaps.
// params: {"chainId": "pv", "parkIds": ["zs-hitech"], "places": {"zj.zhoushan": {"l": 3, "n": true, "f": false}}, "segmentIds": ["pv.wafer"], "relevance": {"pv.wafer": 40}, "gapIds": ["pv.wafer"], "points": {"relevance": {"INDUSTRY": 15}, "role": {"leading": 20}, "salesPerDecade": 5, "salesMax": 20, "capacity": 5, "supplyLink": 10, "supplyMax": 20, "sameCity": 10, "sameProvince": 5, "neighbourProvince": 2, "presence": 10, "inferredPenalty": -15}, "provinceFiltered": false, "role": "", "listedOnly": false, "minScore": null, "k": 20, "ids": null}
MATCH (chain:Chain {id: $chainId})
// Industries mapping to several segments of the chain, one of them a gap (industry-candidates.cypher).
CALL (chain) {
  MATCH (i:Industry)-[:MAPS_TO]->(s:Segment)-[:OF_CHAIN]->(chain)
  WITH i, collect(s.id) AS ids
  WHERE size(ids) > 1 AND any(x IN ids WHERE x IN $gapIds)
  RETURN collect({i: i, ids: ids}) AS industries
}
// The candidates with their fit, and beside them the scope's firms' supply partners counted per
// partner: grouping on the firm joins the counts to the candidates, with one pass over the
// scope's firms (not one lookup of each candidate's partners).
CALL (chain, industries) {
  UNWIND CASE WHEN $ids IS NULL THEN $segmentIds ELSE [] END AS segmentId
  MATCH (s:Segment {id: segmentId})
  MATCH (e:Enterprise)-[m:IN_SEGMENT]->(s)
  RETURN e,
    $relevance[s.id] + CASE WHEN coalesce(m.inferred, false) AND coalesce(m.fit, '') <> 'exact' THEN $points.inferredPenalty ELSE 0 END AS fit,
    0 AS partners
  UNION ALL
  // Narrowed by the targets index ($ids): only those firms, and the scope's firms' supply
  // partners (the index cannot bound what supply links add), with their fit.
  CALL () {
    MATCH (e:Enterprise)
    USING INDEX e:Enterprise(id)
    WHERE e.id IN $ids
    RETURN e
    UNION
    UNWIND CASE WHEN $ids IS NULL THEN [] ELSE $parkIds END AS parkId
    MATCH (:Park {id: parkId})<-[:LOCATED_IN]-(:Enterprise)-[:SUPPLIES]-(e:Enterprise)
    RETURN e
  }
  MATCH (e)-[m:IN_SEGMENT]->(s:Segment)
  WHERE s.id IN $segmentIds
  RETURN e,
    $relevance[s.id] + CASE WHEN coalesce(m.inferred, false) AND coalesce(m.fit, '') <> 'exact' THEN $points.inferredPenalty ELSE 0 END AS fit,
    0 AS partners
  UNION ALL
  UNWIND industries AS ind
  WITH chain, ind.i AS i
  MATCH (e:Enterprise)-[:IN_INDUSTRY]->(i)
  WHERE NOT EXISTS { (e)-[:IN_SEGMENT]->(:Segment)-[:OF_CHAIN]->(chain) }
  RETURN e, $points.relevance.INDUSTRY AS fit, 0 AS partners
  UNION ALL
  MATCH (p:Park)
  WHERE p.id IN $parkIds
  MATCH (p)<-[:LOCATED_IN]-(partner:Enterprise)-[:SUPPLIES]-(e:Enterprise)
  RETURN e, null AS fit, count(DISTINCT partner) AS partners
}
WITH chain, industries, e, max(fit) AS fit, max(partners) AS partners
WHERE fit IS NOT NULL
// Phase 1. The filters on roles first, as they may leave few firms to place. A firm's places: its
// parks, and the regions it is placed in directly.
WITH chain, industries, e, fit, partners,
  coalesce(e.roles, []) + CASE WHEN EXISTS { (e)-[:IN_CHAIN {anchor: true}]->(chain) } THEN ['anchor'] ELSE [] END AS roles
WHERE ($role = '' OR $role IN roles)
  AND (NOT coalesce($listedOnly, false) OR 'listed' IN roles OR e.stockCode IS NOT NULL)
WITH industries, e, fit, partners, roles, [(e)-[:LOCATED_IN|IN_REGION]->(x) | x.id] AS places
WHERE none(p IN places WHERE p IN $parkIds)
WITH industries, e, fit, partners, roles, [p IN places WHERE $places[p] IS NOT NULL | $places[p]] AS at
WHERE NOT $provinceFiltered OR any(a IN at WHERE a.f)
WITH industries, e, fit, partners, roles, any(a IN at WHERE a.n) AS nearBy,
  reduce(m = 0, a IN at | CASE WHEN a.l > m THEN a.l ELSE m END) AS level
WITH industries, e, nearBy,
  fit + reduce(best = 0, r IN roles | CASE WHEN coalesce($points.role[r], 0) > best THEN $points.role[r] ELSE best END)
  + CASE level WHEN 3 THEN $points.sameCity WHEN 2 THEN $points.sameProvince WHEN 1 THEN $points.neighbourProvince ELSE 0 END
  + CASE WHEN nearBy THEN $points.presence ELSE 0 END
  + CASE WHEN partners * $points.supplyLink > $points.supplyMax THEN $points.supplyMax ELSE partners * $points.supplyLink END AS base,
  CASE WHEN EXISTS { (e)-[:HAS_FIGURE]->() } THEN $points.salesMax ELSE 0 END
  + CASE WHEN EXISTS { (e)<-[:BY]-() } THEN $points.capacity ELSE 0 END
  + CASE WHEN NOT nearBy AND EXISTS { (e)-[:SUBSIDIARY_OF]-() } THEN $points.presence ELSE 0 END AS slack
// The k-th best certain score among firms sure to pass minScore (scores are rounded to 0.1 and the
// cut keeps ties within 0.01: 0.2 of margin keeps every firm that could reach the first k). The
// firms are collected in order rather than sorted afterwards: a sort's rows would each carry the list.
WITH industries, e, nearBy, base, slack
ORDER BY base DESC
WITH industries, collect({e: e, nearBy: nearBy, base: base, ub: base + slack}) AS firms
WITH industries, firms,
  [f IN firms WHERE $minScore IS NULL OR round(f.base * 10) / 10 >= $minScore | f.base][toInteger($k) - 1] - 0.2 AS floor
UNWIND firms AS f
WITH industries, f,
  floor IS NULL OR f.ub >= floor OR ($minScore IS NOT NULL AND round(f.base * 10) / 10 < $minScore AND f.ub + 0.05 >= $minScore) AS open
WITH industries, collect(CASE WHEN open THEN f END) AS open,
  sum(CASE WHEN NOT open AND ($minScore IS NULL OR round(f.base * 10) / 10 >= $minScore) THEN 1 ELSE 0 END) AS settled
// Phase 2, the firms still open: the bounded parts read exactly.
UNWIND open AS f
WITH industries, settled, f.e AS e, f.nearBy AS nearBy, f.base AS base
WITH industries, settled, e, nearBy, base,
  COLLECT {
    MATCH (e)-[r:HAS_FIGURE|BY|SUBSIDIARY_OF]-(x)
    RETURN {t: type(r), out: startNode(r) = e, x: x}
  } AS rels
WITH industries, settled, e, nearBy, base,
  [r IN rels WHERE r.t = 'SUBSIDIARY_OF' | r.x] AS kin,
  [r IN rels WHERE r.t = 'BY' AND NOT r.out | r.x] AS projects,
  [r IN rels WHERE r.t = 'HAS_FIGURE' AND r.out | r.x] AS figures
WITH industries, settled, e, nearBy, base,
  reduce(top = 0.0, f IN figures |
    CASE WHEN f.unit = 'CNY' AND coalesce(f.qualifier, 'exact') IN ['exact', 'about', 'over', 'at_least']
      AND (f.metric CONTAINS '销售' OR f.metric CONTAINS '营收' OR f.metric CONTAINS '产值') AND f.value > top
    THEN f.value ELSE top END) AS sales,
  CASE WHEN projects = [] THEN false ELSE any(j IN projects WHERE EXISTS { (j)-[:HAS_CAPACITY]->(:Capacity) }) END AS capacity,
  NOT nearBy AND CASE WHEN kin = [] THEN false ELSE EXISTS { UNWIND kin AS x MATCH (x:Enterprise)-[:LOCATED_IN]->(p:Park) WHERE NOT p.id IN $parkIds AND coalesce($places[p.id].n, false) } END AS presentByKin
WITH industries, settled, e,
  base
  + CASE WHEN sales > 1e7 THEN
      CASE WHEN round($points.salesPerDecade * log10(sales / 1e7) * 10) / 10 > $points.salesMax THEN $points.salesMax
        ELSE round($points.salesPerDecade * log10(sales / 1e7) * 10) / 10 END
    ELSE 0 END
  + CASE WHEN capacity THEN $points.capacity ELSE 0 END
  + CASE WHEN presentByKin THEN $points.presence ELSE 0 END AS raw
WITH industries, settled, e, round(raw * 10) / 10 AS score
WHERE $minScore IS NULL OR score >= $minScore
WITH industries, settled, e, score
ORDER BY score DESC
WITH industries, settled, collect({e: e, score: score}) AS ranked
WITH industries, settled + size(ranked) AS total,
  CASE WHEN size(ranked) > $k THEN ranked[toInteger($k) - 1].score - 0.01 END AS cut, ranked
WITH industries, total, [r IN ranked WHERE cut IS NULL OR r.score >= cut | r.e] AS picked
// With $ids the ranked firms are not every candidate: the server counts them from the index's
// count of the segments' firms that pass the filters, plus the industry candidates, less the
// scope's own candidates, these two counted here with the filters of phase 1.
CALL (industries) {
  CALL (industries) {
    UNWIND CASE WHEN $ids IS NULL THEN [] ELSE industries END AS ind
    WITH ind.i AS i
    MATCH (e:Enterprise)-[:IN_INDUSTRY]->(i)
    WHERE NOT EXISTS { (e)-[:IN_SEGMENT]->(:Segment)-[:OF_CHAIN]->(:Chain {id: $chainId}) }
    RETURN DISTINCT e, 'industry' AS kind
    UNION
    UNWIND CASE WHEN $ids IS NULL THEN [] ELSE $parkIds END AS parkId
    MATCH (:Park {id: parkId})<-[:LOCATED_IN]-(e:Enterprise)
    WITH DISTINCT e
    WHERE EXISTS { (e)-[:IN_SEGMENT]->(s:Segment) WHERE s.id IN $segmentIds }
      OR (any(ind IN industries WHERE EXISTS { (e)-[:IN_INDUSTRY]->(i) WHERE i = ind.i })
        AND NOT EXISTS { (e)-[:IN_SEGMENT]->(:Segment)-[:OF_CHAIN]->(:Chain {id: $chainId}) })
    RETURN e, 'own' AS kind
  }
  WITH e, kind
  WHERE ($role = '' OR $role IN coalesce(e.roles, []) OR ($role = 'anchor' AND EXISTS { (e)-[:IN_CHAIN {anchor: true}]->(:Chain {id: $chainId}) }))
    AND (NOT coalesce($listedOnly, false) OR 'listed' IN coalesce(e.roles, []) OR e.stockCode IS NOT NULL)
    AND (NOT $provinceFiltered OR any(x IN [(e)-[:LOCATED_IN|IN_REGION]->(x) | x.id] WHERE coalesce($places[x].f, false)))
  RETURN sum(CASE kind WHEN 'industry' THEN 1 ELSE 0 END) AS industryFirms, sum(CASE kind WHEN 'own' THEN 1 ELSE 0 END) AS ownFirms
}
RETURN total, industryFirms, ownFirms,
  COLLECT {
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
      WHERE NOT p.id IN $parkIds AND coalesce($places[p.id].n, false)
      RETURN DISTINCT x.id
    }
  } AS row
  ORDER BY e.id, segmentId
} AS rows
