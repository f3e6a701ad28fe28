// title: 各园区项目生命周期分布 | Projects by lifecycle stage per park
// description: 按一级园区（分园项目计入上级园区）和项目状态统计项目数、已披露投资额的项目数与合计投资（亿元），状态按生命周期先后排列。
// description: Project counts per top-level park (sub-park projects roll up) and lifecycle status, with how many state an investment and their total in 亿元; statuses in lifecycle order.
// param parkId: String? @park -- 只看该园区（一级园区 id）；为空则全部 (only this top-level park; null for all)
// Read from each top-level park down (its sub-parks, then their projects), not from every project
// up to its top park, and counted rather than collected: 966 → 570 ms at 1M (200,050 projects).
WITH ['planned', 'signed', 'funds_arriving', 'construction', 'topped_out', 'trial_production',
      'in_production', 'full_capacity', 'completed', 'lost', 'unknown'] AS stages
MATCH (top:Park)
WHERE ($parkId IS NULL OR top.id = $parkId) AND NOT (top)-[:SUB_PARK_OF]->(:Park)
MATCH (top)<-[:SUB_PARK_OF*0..]-(:Park)<-[:IN_PARK]-(pj:Project)
WITH stages, top, coalesce(pj.status, 'unknown') AS status, count(pj) AS projects,
     count(pj.investmentCny) AS withInvestment, sum(coalesce(pj.investmentCny, 0)) AS investment
RETURN top.id AS parkId,
       top.name AS park,
       status,
       projects,
       withInvestment,
       round(investment / 1e8, 2) AS investmentYi
ORDER BY parkId, [i IN range(0, size(stages) - 1) WHERE stages[i] = status][0]
