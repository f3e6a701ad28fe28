// title: 园区的统计数字 | Figures of a park
// description: 文档给出的某园区（可含其分园）的各项数字：指标、数值、单位、限定（约、超过、目标等）、时期、所涉产业链和出处文档。
// description: The numbers the documents state about a park (and, optionally, its sub-parks): metric, value, unit, qualifier (about, over, target …), period, the chain it concerns and the cited document.
// param parkId: String = "ls-etdz" @park -- 园区 id (park id)
// param includeSubParks: Boolean = true -- 是否包括分园 (include sub-parks)
MATCH (top:Park {id: $parkId})<-[:SUB_PARK_OF*0..]-(p:Park)
WHERE $includeSubParks OR p = top
MATCH (p)-[:HAS_FIGURE]->(f:Figure)
OPTIONAL MATCH (f)-[:ABOUT_CHAIN]->(c:Chain)
RETURN p.id AS parkId,
       p.name AS park,
       f.metric AS metric,
       f.metricEn AS metricEn,
       f.value AS value,
       f.unit AS unit,
       coalesce(f.qualifier, 'exact') AS qualifier,
       f.period AS period,
       c.name AS chain,
       COLLECT { MATCH (f)-[:CITED_IN]->(src:Source) RETURN src.file } AS sources
ORDER BY parkId, period, metric
