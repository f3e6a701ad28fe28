// title: 各园区项目生命周期分布 | Projects by lifecycle stage per park
// description: 按一级园区（分园项目计入上级园区）和项目状态统计项目数、已披露投资额的项目数与合计投资（亿元），状态按生命周期先后排列。
// description: Project counts per top-level park (sub-park projects roll up) and lifecycle status, with how many state an investment and their total in 亿元; statuses in lifecycle order.
// param parkId: String? @park -- 只看该园区（一级园区 id）；为空则全部 (only this top-level park; null for all)
WITH ['planned', 'signed', 'funds_arriving', 'construction', 'topped_out', 'trial_production',
      'in_production', 'full_capacity', 'completed', 'lost', 'unknown'] AS stages
MATCH (pj:Project)-[:IN_PARK]->(:Park)-[:SUB_PARK_OF*0..]->(top:Park)
WHERE NOT (top)-[:SUB_PARK_OF]->(:Park) AND ($parkId IS NULL OR top.id = $parkId)
WITH stages, top, coalesce(pj.status, 'unknown') AS status, collect(pj) AS projects
RETURN top.id AS parkId,
       top.name AS park,
       status,
       size(projects) AS projects,
       size([x IN projects WHERE x.investmentCny IS NOT NULL]) AS withInvestment,
       round(reduce(total = 0.0, x IN projects | total + coalesce(x.investmentCny, 0)) / 1e8, 2) AS investmentYi
ORDER BY parkId, [i IN range(0, size(stages) - 1) WHERE stages[i] = status][0]
