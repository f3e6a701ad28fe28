// title: 产业链完整度最高的园区 | Parks by chain completeness
// description: 对一条产业链，按与园区页、产业链图、园区对比相同的规则计算每个园区（含分园、园中园）的完整度：每个一级环节（子环节计入所属一级环节）有运营中的本地企业或项目计1，只有在建签约项目计½，缺失计0；仅靠推断关系的减半；取平均。列出有覆盖或在培育该链的园区。
// description: For one chain, each park's completeness (its sub-parks included) by the same rule as the park page, the chain map and Compare: every top-level segment (sub-segments roll up) weighs 1 with an operating local enterprise or project, ½ with only pipeline projects, 0 when missing, halved when it rests only on inferred links; the mean over top-level segments. Lists parks that cover a segment or grow the chain.
// param chainId: String = "pv" @chain -- 产业链 id (chain id): pv, semi, film, diecast …
// param limit: Int = 10 -- 最多返回的园区数 (maximum parks)
//
// The rule is server/src/domain/gap.ts (gapSegments + completeness) with asOf = now, written in
// Cypher; server/src/schema/completeness-agreement.test.ts proves the two agree for every seeded
// park and chain. Project status: none → not counted, lost → not counted, in_production /
// completed / full_capacity → operating (present), any other → pipeline. A local enterprise is
// present unless its only evidence in that segment and park is its own local project(s), none
// operating (then pipeline).
MATCH (c:Chain {id: $chainId})
WITH c, COLLECT {
  MATCH (top:Segment)-[:OF_CHAIN]->(c)
  WHERE NOT EXISTS { (top)-[:SUB_SEGMENT_OF]->(:Segment)-[:OF_CHAIN]->(c) }
  RETURN {segment: top, under: COLLECT { MATCH (d:Segment)-[:SUB_SEGMENT_OF*0..]->(top) RETURN d }}
  ORDER BY top.order
} AS tops
MATCH (park:Park)
WITH c, tops, park, COLLECT { MATCH (q:Park)-[:SUB_PARK_OF*0..]->(park) RETURN DISTINCT q } AS scope
WITH c, tops, park, scope, COLLECT {
  UNWIND scope AS q
  MATCH (q)<-[:IN_PARK]-(j:Project)-[m:FOR_SEGMENT]->(s:Segment)-[:OF_CHAIN]->(c)
  OPTIONAL MATCH (j)-[:BY]->(inv:Enterprise)
  RETURN {
    parkId: q.id, segment: s, investorId: inv.id, inferred: coalesce(m.inferred, false),
    counts: CASE
      WHEN j.status IS NULL OR j.status = '' THEN 'EXCLUDED'
      WHEN j.status = 'lost' THEN 'LOST'
      WHEN j.status IN ['in_production', 'completed', 'full_capacity'] THEN 'PRESENT'
      ELSE 'PIPELINE' END
  }
} AS projects
WITH c, tops, park, scope, projects + COLLECT {
  UNWIND scope AS q
  MATCH (q)<-[:LOCATED_IN]-(e:Enterprise)-[m:IN_SEGMENT]->(s:Segment)-[:OF_CHAIN]->(c)
  WITH q, e, m, s, [p IN projects WHERE p.investorId = e.id AND p.segment = s AND p.parkId = q.id | p.counts] AS own
  RETURN {
    parkId: q.id, segment: s, name: e.name, inferred: coalesce(m.inferred, false),
    counts: CASE WHEN size(own) = 0 OR 'PRESENT' IN own THEN 'PRESENT' ELSE 'PIPELINE' END
  }
} AS evidence
UNWIND tops AS top
WITH c, park, top, [x IN evidence WHERE x.segment IN top.under] AS ev
WITH c, park, top, ev,
  CASE
    WHEN any(x IN ev WHERE x.counts = 'PRESENT') THEN 'PRESENT'
    WHEN any(x IN ev WHERE x.counts = 'PIPELINE') THEN 'PIPELINE'
    ELSE 'MISSING' END AS status
WITH c, park, top, status, [x IN ev WHERE x.counts = status] AS behind
WITH c, park, top, status, behind, size(behind) > 0 AND all(x IN behind WHERE x.inferred) AS inferredOnly
WITH c, park, top, status, behind, inferredOnly,
  CASE status WHEN 'PRESENT' THEN 1.0 WHEN 'PIPELINE' THEN 0.5 ELSE 0.0 END * CASE WHEN inferredOnly THEN 0.5 ELSE 1.0 END AS weight
WITH c, park,
  collect({segmentId: top.segment.id, segment: top.segment.name, status: status, inferredOnly: inferredOnly, weight: weight}) AS parts,
  sum(weight) AS total, count(*) AS counted,
  collect([x IN behind WHERE x.name IS NOT NULL | x.name]) AS names
WHERE any(p IN parts WHERE p.status <> 'MISSING') OR EXISTS { (park)<-[:SUB_PARK_OF*0..]-(:Park)-[:GROWS]->(c) }
// Rounded as the API rounds (Completeness.score, Completeness.percent): same operations, same doubles.
WITH park, parts, counted, names, total / counted AS mean
RETURN park.id AS parkId,
       park.name AS park,
       park.nameEn AS parkEn,
       round(mean * 1000) / 1000 AS completeness,
       toInteger(round(mean * 100)) AS completenessPct,
       size([p IN parts WHERE p.status = 'PRESENT']) AS present,
       size([p IN parts WHERE p.status = 'PIPELINE']) AS pipeline,
       size([p IN parts WHERE p.status = 'MISSING']) AS missing,
       counted AS segments,
       [p IN parts WHERE p.status <> 'MISSING' | p.segment + CASE p.status WHEN 'PIPELINE' THEN '（在建）' ELSE '' END] AS coveredSegments,
       [p IN parts | {segmentId: p.segmentId, status: p.status, inferredOnly: p.inferredOnly}] AS statuses,
       reduce(acc = [], n IN reduce(all = [], l IN names | all + l) | CASE WHEN n IN acc THEN acc ELSE acc + n END) AS firms
ORDER BY completeness DESC, present DESC, parkId
LIMIT $limit
