// Nearest supply (就近配套, server/src/domain/nearby.ts): the firms of the chain outside the
// scope's parks that sit in the scope's province ($regionId: the province, else the city), each
// with the one of $cityId / $provinceId it is in. Starts from the region's index seek and its
// parks, not from every firm of the chain in the country (candidates.cypher, which targets'
// oracle still uses): at 1M that statement read the 47,656 firms of a chain with every score part,
// 4.8 M db hits, for a list that keeps five firms per segment. Rows as candidates.cypher's (a
// segment link, ordered by firm and segment) then industry-candidates.cypher's (a firm carrying
// only an industry that maps to several segments of the chain), with only what nearby.ts reads,
// and only the rows nearby.ts would keep: $gaps are the report's segments, each with the ids of
// its subtree (itself and its descendants). At 1M a 126-firm park's province gave 5,426 rows,
// of which 144 are listed.
// params: {"chainId": "pv", "parkIds": ["zs-hitech"], "regionId": "zj", "cityId": "zj.zhoushan", "provinceId": "zj", "gaps": [{"id": "pv.cell", "ids": ["pv.cell"]}], "perSegment": 5}
MATCH (root:Region {id: $regionId})
WITH root,
  COLLECT { MATCH (x:Segment)-[:OF_CHAIN]->(:Chain {id: $chainId}) RETURN x } AS chainSegments,
  COLLECT {
    MATCH (i:Industry)-[:MAPS_TO]->(s:Segment)-[:OF_CHAIN]->(:Chain {id: $chainId})
    WITH i, collect(s.id) AS segmentIds
    WHERE size(segmentIds) > 1
    RETURN {i: i, segmentIds: segmentIds}
  } AS industries
// The firms placed in the region, through a park (whether the park is in the city is walked once
// per park) or directly, that carry a segment or an industry of the chain.
CALL (root, chainSegments, industries) {
  MATCH (root)<-[:PART_OF*0..]-(:Region)<-[:IN_REGION]-(:Park)<-[:SUB_PARK_OF*0..]-(p:Park)
  WITH DISTINCT p, chainSegments, industries
  WITH p, chainSegments, industries,
    $cityId IS NOT NULL AND EXISTS {
      MATCH (p)-[:SUB_PARK_OF*0..]->(:Park)-[:IN_REGION]->(:Region)-[:PART_OF*0..]->(:Region {id: $cityId})
    } AS inCity
  MATCH (p)<-[:LOCATED_IN]-(e:Enterprise)
  WHERE EXISTS { MATCH (e)-[:IN_SEGMENT]->(x:Segment) WHERE x IN chainSegments }
    OR any(ind IN industries WHERE EXISTS { (e)-[:IN_INDUSTRY]->(i) WHERE i = ind.i })
  RETURN e, inCity
  UNION
  MATCH (root)<-[:PART_OF*0..]-(:Region)<-[:IN_REGION]-(e:Enterprise)
  WHERE EXISTS { MATCH (e)-[:IN_SEGMENT]->(x:Segment) WHERE x IN chainSegments }
    OR any(ind IN industries WHERE EXISTS { (e)-[:IN_INDUSTRY]->(i) WHERE i = ind.i })
  RETURN e, $cityId IS NOT NULL AND EXISTS { MATCH (e)-[:IN_REGION]->(:Region)-[:PART_OF*0..]->(:Region {id: $cityId}) } AS inCity
}
WITH chainSegments, industries, e, any(x IN collect(inCity) WHERE x) AS inCity
WHERE NOT EXISTS { MATCH (e)-[:LOCATED_IN]->(p:Park) WHERE p.id IN $parkIds }
CALL (e, chainSegments, industries) {
  MATCH (e)-[m:IN_SEGMENT]->(s:Segment)
  WHERE s IN chainSegments
  RETURN 0 AS branch, s.id AS segmentId, coalesce(m.inferred, false) AS inferred
  UNION ALL
  WITH e, chainSegments, industries
  WHERE NOT EXISTS { MATCH (e)-[:IN_SEGMENT]->(x:Segment) WHERE x IN chainSegments }
  UNWIND industries AS ind
  MATCH (e)-[:IN_INDUSTRY]->(i)
  WHERE i = ind.i
  RETURN 1 AS branch, ind.segmentIds[0] AS segmentId, true AS inferred
}
// Only the first $perSegment firms of each gap segment's subtree leave the database, in the order
// nearby.ts lists them (city first, then segment links before industries, then by id): each row
// goes to every gap whose subtree holds its segment, each firm's first row counts once per gap.
UNWIND [g IN $gaps WHERE segmentId IN g.ids | g.id] AS gapId
WITH gapId, e, inCity, branch, segmentId, inferred
ORDER BY inCity DESC, branch, e.id, segmentId
WITH gapId, collect({e: e, inCity: inCity, branch: branch, segmentId: segmentId, inferred: inferred}) AS ordered
WITH reduce(acc = {seen: [], top: []}, r IN ordered |
  CASE WHEN size(acc.top) >= $perSegment OR r.e IN acc.seen THEN acc ELSE {seen: acc.seen + r.e, top: acc.top + r} END
).top AS top
UNWIND top AS r
WITH DISTINCT r.e AS e, r.branch AS branch, r.segmentId AS segmentId, r.inferred AS inferred, r.inCity AS inCity
OPTIONAL MATCH (e)-[:LOCATED_IN]->(ep:Park)
WITH branch, e, segmentId, inferred, inCity, ep
ORDER BY branch, e.id, segmentId
RETURN {
  enterprise: {id: e.id}, parkId: ep.id, segmentId: segmentId, inferred: inferred,
  regionIds: [x IN [CASE WHEN inCity THEN $cityId END, $provinceId, $regionId] WHERE x IS NOT NULL]
} AS row
