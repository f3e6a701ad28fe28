// Everything chainMap and gapReport read, in one round trip: the chain's outline (as
// analysis/chain-outline), its flows with both ends (as api/chain-flows), and, when $scope is
// given, the scope (as analysis/scopes, one park or region), the gap evidence of its parks (as
// analysis/gap-evidence) and, for targets only, the places around it (kind 'place'). The first row
// (kind 'head') holds the chain (null when unknown), the scope (root null for an unknown scope or
// one of the wrong kind) and the flows; then one row per piece of evidence, streamed unsorted as gap-evidence does (the server orders them), so the
// busiest park of a national graph holds no list of every firm in the database's memory.
// The evidence reads outward from the parks and keeps the segments of the chain (a list, not a
// pattern back to c): with c bound, the planner expanded from the chain through every firm of it
// in the country (47,656 at 1M) to keep a small park's 39, 63 ms where this takes 11 ms.
// server/src/data/chain-map.test.ts checks it reads what those statements read.
// params: {"chainId": "film", "scope": {"kind": "park", "id": "nb-jiangbei-hitech-park"}, "withFlows": true, "places": null}
OPTIONAL MATCH (c:Chain {id: $chainId})
OPTIONAL MATCH (candidate:Entity {id: $scope.id})
WITH c, CASE WHEN ($scope.kind = 'park' AND candidate:Park) OR ($scope.kind = 'region' AND candidate:Region) THEN candidate END AS root
WITH c, root,
  COLLECT { MATCH (q:Park)-[:SUB_PARK_OF*0..]->(root) WHERE root:Park RETURN DISTINCT q.id } +
  COLLECT {
    MATCH (q:Park)-[:IN_REGION]->(:Region)-[:PART_OF*0..]->(root) WHERE root:Region
    MATCH (q2:Park)-[:SUB_PARK_OF*0..]->(q)
    RETURN DISTINCT q2.id
  } AS parkIds,
  COLLECT {
    MATCH (root)-[:SUB_PARK_OF*0..]->(:Park)-[:IN_REGION]->(r:Region) WHERE root:Park RETURN r
    UNION
    MATCH (r:Region) WHERE r = root
    RETURN r
  }[0] AS region,
  COLLECT { MATCH (x:Segment)-[:OF_CHAIN]->(c) RETURN x } AS chainSegments
WITH c, root, parkIds, chainSegments,
  COLLECT { MATCH (region)-[:PART_OF*0..]->(x:Region {level: 'city'}) RETURN x.id }[0] AS cityId,
  COLLECT { MATCH (region)-[:PART_OF*0..]->(x:Region {level: 'province'}) RETURN x.id }[0] AS provinceId,
  COLLECT { MATCH (region)-[:PART_OF*0..]->(:Region {level: 'province'})-[:NEIGHBOURS]-(n:Region) RETURN DISTINCT n.id } AS neighbourProvinceIds
CALL (c, root, parkIds, chainSegments, cityId, provinceId, neighbourProvinceIds) {
  RETURN 'head' AS kind, {
    chain: c {.id, .name, .nameEn},
    segments: COLLECT {
      MATCH (s:Segment)-[:OF_CHAIN]->(c)
      OPTIONAL MATCH (s)-[:SUB_SEGMENT_OF]->(par:Segment)
      RETURN s {.id, .name, .nameEn, .stage, .order, parentId: par.id} ORDER BY s.order
    },
    // Only chainMap draws the flows (~2 ms of the statement at 1M): gapReport and targets skip them.
    flows: COLLECT {
      WITH c WHERE $withFlows
      CALL (c) {
        MATCH (c)<-[:OF_CHAIN]-(a:Segment)-[f:FEEDS]->(b:Segment)
        RETURN a, f, b
        UNION
        MATCH (c)<-[:OF_CHAIN]-(b:Segment)<-[f:FEEDS]-(a:Segment)
        RETURN a, f, b
      }
      MATCH (a)-[:OF_CHAIN]->(ca:Chain), (b)-[:OF_CHAIN]->(cb:Chain)
      WITH a, f, b, ca, cb ORDER BY a.order, b.order
      RETURN {
        fromId: a.id, toId: b.id, crossChain: ca <> cb, note: f.note,
        from: a {.*, __labels: labels(a), chainId: ca.id},
        to: b {.*, __labels: labels(b), chainId: cb.id}
      }
    },
    root: root {.id, .name, .nameEn},
    // Where the graph stands (migration 009): targets uses the targets index only at its version.
    graphVersion: COLLECT { MATCH (g:GraphState {id: 'graph'}) RETURN g.version }[0],
    parkIds: parkIds,
    cityId: cityId,
    provinceId: provinceId,
    neighbourProvinceIds: neighbourProvinceIds
  } AS row
  UNION ALL
  MATCH (p:Park)<-[:LOCATED_IN]-(e:Enterprise)-[m:IN_SEGMENT]->(s:Segment)
  WHERE p.id IN parkIds AND s IN chainSegments
  WITH p, e, m, s,
    COLLECT { MATCH (e)-[:CITED_IN]->(src:Source) WHERE src.date IS NOT NULL RETURN src.date ORDER BY src.date LIMIT 1 }[0] AS firstSource
  // A list in FirmTuple's order (server/src/data/analysis.ts), not a map: no key names per row.
  RETURN 'enterprise' AS kind, [
    p.id, s.id, coalesce(m.inferred, false), m.basis, e.id, e.name, e.nameEn,
    coalesce(e.founded, firstSource), CASE WHEN e.founded IS NULL THEN 'source' ELSE 'founded' END
  ] AS row
  UNION ALL
  MATCH (p:Park)<-[:IN_PARK]-(j:Project)-[m:FOR_SEGMENT]->(s:Segment)
  WHERE p.id IN parkIds AND s IN chainSegments
  OPTIONAL MATCH (j)-[:BY]->(inv:Enterprise)
  RETURN 'project' AS kind, {
    parkId: p.id, segmentId: s.id, inferred: coalesce(m.inferred, false), basis: m.basis,
    project: j {.*}, investorId: inv.id
  } AS row
  UNION ALL
  // Only targets asks for the places around the scope ($places: the filter's province): one row
  // per root region, the regions under it (itself included) and the parks in them with their
  // sub-parks. The roots: the scope's city, its province, each bordering province, the province
  // the list is filtered to, and the region "nearby" is measured in (the city, else the province,
  // else the scope's own region). targetPlaces (server/src/data/analysis.ts) maps them.
  WITH root, cityId, provinceId, neighbourProvinceIds
  WHERE $places IS NOT NULL AND root IS NOT NULL
  UNWIND [
      {id: cityId, as: 'city'},
      {id: provinceId, as: 'province'},
      {id: $places.filterProvinceId, as: 'filter'},
      {id: coalesce(cityId, provinceId, root.id), as: 'near'}
    ] + [n IN neighbourProvinceIds | {id: n, as: 'neighbour'}] AS place
  WITH place
  WHERE place.id IS NOT NULL
  MATCH (r:Region {id: place.id})
  RETURN 'place' AS kind, {
    root: place.as,
    regionIds: COLLECT { MATCH (r)<-[:PART_OF*0..]-(x:Region) RETURN DISTINCT x.id AS id },
    parkIds: COLLECT { MATCH (r)<-[:PART_OF*0..]-(:Region)<-[:IN_REGION]-(:Park)<-[:SUB_PARK_OF*0..]-(p:Park) RETURN DISTINCT p.id AS id }
  } AS row
}
RETURN kind, row
