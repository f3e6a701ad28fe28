// title: 产业链完整度最高的园区 | Parks by chain completeness
// description: 对一条产业链，按与园区页、产业链图、园区对比相同的规则计算每个园区（含分园、园中园）的完整度：每个一级环节（子环节计入所属一级环节）有运营中的本地企业或项目计1，只有在建签约项目计½，缺失计0；仅靠推断关系的减半；取平均。给出截至日期时，按园区页的同一规则取当时的状态。列出有覆盖或在培育该链的园区。
// description: For one chain, each park's completeness (its sub-parks included) by the same rule as the park page, the chain map and Compare: every top-level segment (sub-segments roll up) weighs 1 with an operating local enterprise or project, ½ with only pipeline projects, 0 when missing, halved when it rests only on inferred links; the mean over top-level segments. With an as-of date, the statuses as they stood then, by the park page's rule. Lists parks that cover a segment or grow the chain.
// param chainId: String = "pv" @chain -- 产业链 id (chain id): pv, semi, film, diecast …
// param limit: Int = 10 -- 最多返回的园区数 (maximum parks)
// param asOf: Date? -- 截至日期，空为当前 (as of: YYYY, YYYY-MM or YYYY-MM-DD; empty: now)
//
// The rule is server/src/domain/gap.ts (gapSegments + completeness) written in Cypher;
// server/src/schema/completeness-agreement.test.ts proves the two agree for every seeded park and
// chain now, server/src/schema/analyst.test.ts at past dates. Project status now: none → not
// counted, lost → not counted, in_production / completed / full_capacity → operating (present),
// any other → pipeline. A local enterprise is present unless its only evidence in that segment
// and park is its own local project(s), none operating (then pipeline).
// As of a date (domain/project-stage.ts statusAt, domain/partial-dates.ts happenedBy): a dated
// fact counts only when its whole interval ends by the end of asOf's (2023-06 by 2023: yes; 2023
// by 2023-06: cannot tell, so no). A project stands at the furthest stage whose date (or its
// reported status's statusAsOf) counts — completedOn proves topped out — and is lost when its
// lostOn counts; with no such date it is not counted. An enterprise counts only when its founding
// date, else its earliest dated source, counts.
MATCH (c:Chain {id: $chainId})
// The last day of a partial date: 2023 → 2023-12-31, 2023-02 → 2023-02-28, a day → itself.
WITH c, CASE
  WHEN $asOf IS NULL THEN null
  WHEN size($asOf) = 4 THEN date($asOf + '-12-31')
  WHEN size($asOf) = 7 THEN date($asOf + '-01') + duration('P1M') - duration('P1D')
  ELSE date($asOf) END AS asOfEnd
WITH c, asOfEnd, COLLECT {
  MATCH (top:Segment)-[:OF_CHAIN]->(c)
  WHERE NOT EXISTS { (top)-[:SUB_SEGMENT_OF]->(:Segment)-[:OF_CHAIN]->(c) }
  RETURN {segment: top, under: COLLECT { MATCH (d:Segment)-[:SUB_SEGMENT_OF*0..]->(top) RETURN d }}
  ORDER BY top.order
} AS tops
MATCH (park:Park)
WITH c, asOfEnd, tops, park, COLLECT { MATCH (q:Park)-[:SUB_PARK_OF*0..]->(park) RETURN DISTINCT q } AS scope
WITH c, asOfEnd, tops, park, scope, COLLECT {
  UNWIND scope AS q
  MATCH (q)<-[:IN_PARK]-(j:Project)-[m:FOR_SEGMENT]->(s:Segment)-[:OF_CHAIN]->(c)
  OPTIONAL MATCH (j)-[:BY]->(inv:Enterprise)
  // As of a date: the ranks of the stages whose dates count (domain/project-lifecycle.ts stageRank).
  WITH q, j, m, s, inv, CASE WHEN asOfEnd IS NULL THEN [] ELSE [x IN [
      [j.signedOn, 1], [j.fundsArrivedOn, 2], [j.startedOn, 3], [j.toppedOutOn, 4], [j.trialProductionOn, 5],
      [j.inProductionOn, 6], [j.completedOn, 4], [j.fullCapacityOn, 7],
      [CASE WHEN j.status IS NOT NULL AND j.status <> 'lost' THEN j.statusAsOf END,
       coalesce({planned: 0, signed: 1, funds_arriving: 2, construction: 3, topped_out: 4, trial_production: 5,
                 in_production: 6, completed: 6, full_capacity: 7}[j.status], -1)]
    ] WHERE CASE WHEN x[0] IS NULL OR x[0] = '' THEN false
      ELSE CASE size(x[0]) WHEN 4 THEN date(x[0] + '-12-31')
        WHEN 7 THEN date(x[0] + '-01') + duration('P1M') - duration('P1D') ELSE date(x[0]) END <= asOfEnd END
    | x[1]] END AS reached,
    CASE WHEN asOfEnd IS NULL OR j.lostOn IS NULL OR j.lostOn = '' THEN false
      ELSE CASE size(j.lostOn) WHEN 4 THEN date(j.lostOn + '-12-31')
        WHEN 7 THEN date(j.lostOn + '-01') + duration('P1M') - duration('P1D') ELSE date(j.lostOn) END <= asOfEnd END AS lostBy
  RETURN {
    parkId: q.id, segment: s, investorId: inv.id, inferred: coalesce(m.inferred, false),
    counts: CASE
      WHEN asOfEnd IS NULL THEN CASE
        WHEN j.status IS NULL OR j.status = '' THEN 'EXCLUDED'
        WHEN j.status = 'lost' THEN 'LOST'
        WHEN j.status IN ['in_production', 'completed', 'full_capacity'] THEN 'PRESENT'
        ELSE 'PIPELINE' END
      WHEN lostBy THEN 'LOST'
      WHEN size(reached) = 0 THEN 'EXCLUDED'
      WHEN reduce(r = -1, k IN reached | CASE WHEN k > r THEN k ELSE r END) >= 6 THEN 'PRESENT'
      ELSE 'PIPELINE' END
  }
} AS projects
WITH c, asOfEnd, tops, park, scope, projects + COLLECT {
  UNWIND scope AS q
  MATCH (q)<-[:LOCATED_IN]-(e:Enterprise)-[m:IN_SEGMENT]->(s:Segment)-[:OF_CHAIN]->(c)
  WITH q, e, m, s, coalesce(e.founded,
    COLLECT { MATCH (e)-[:CITED_IN]->(src:Source) WHERE src.date IS NOT NULL RETURN src.date ORDER BY src.date LIMIT 1 }[0]) AS since
  WHERE CASE WHEN asOfEnd IS NULL THEN true
    WHEN since IS NULL OR since = '' THEN false
    ELSE CASE size(since) WHEN 4 THEN date(since + '-12-31')
      WHEN 7 THEN date(since + '-01') + duration('P1M') - duration('P1D') ELSE date(since) END <= asOfEnd END
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
