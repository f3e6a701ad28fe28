// title: 超过投资规模的项目（按状态） | Projects over an investment size, by status
// description: 总投资不低于给定金额（亿元）的项目，按项目状态分组，给出项目数、合计投资，以及投资额最大的若干项目（含所在园区）。投资额未披露的项目不计入。
// description: Projects whose total investment is at least the given amount (in 亿元, 1e8 CNY), grouped by status with their count, total and the largest of them (with park). Projects without a stated investment are left out.
// param minYi: Float = 10.0 -- 最低总投资，亿元 (minimum investment in 亿元)
// param perStatus: Int = 20 -- 每个状态列出的项目数上限 (projects listed per status, largest first)
// Counts and totals cover every project; only the listed ones are looked up in their parks. At
// 1M half of the 200,050 projects pass the default, and listing each with its park took 4 s.
MATCH (pj:Project)
WHERE pj.investmentCny >= $minYi * 1e8
WITH pj
ORDER BY pj.investmentCny DESC, pj.id
WITH coalesce(pj.status, 'unknown') AS status, count(pj) AS count, sum(pj.investmentCny) AS total, collect(pj)[0..$perStatus] AS largest
RETURN status,
       count,
       round(total / 1e8, 2) AS totalYi,
       [x IN largest | x {.id, .name, investmentYi: x.investmentCny / 1e8, park: COLLECT { MATCH (x)-[:IN_PARK]->(p:Park) RETURN p.name }[0]}] AS projects
ORDER BY totalYi DESC
