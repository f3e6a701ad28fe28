// title: 超过投资规模的项目（按状态） | Projects over an investment size, by status
// description: 总投资不低于给定金额（亿元）的项目，按项目状态分组，给出项目数、合计投资和项目清单（含所在园区）。投资额未披露的项目不计入。
// description: Projects whose total investment is at least the given amount (in 亿元, 1e8 CNY), grouped by status with their count, total and list (with park). Projects without a stated investment are left out.
// param minYi: Float = 10.0 -- 最低总投资，亿元 (minimum investment in 亿元)
MATCH (pj:Project)
WHERE pj.investmentCny >= $minYi * 1e8
OPTIONAL MATCH (pj)-[:IN_PARK]->(p:Park)
WITH pj, p
ORDER BY pj.investmentCny DESC
WITH coalesce(pj.status, 'unknown') AS status,
     collect({id: pj.id, name: pj.name, investmentYi: pj.investmentCny / 1e8, park: p.name}) AS projects
RETURN status,
       size(projects) AS count,
       round(reduce(total = 0.0, x IN projects | total + x.investmentYi), 2) AS totalYi,
       projects
ORDER BY totalYi DESC
