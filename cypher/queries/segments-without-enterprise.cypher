// title: 全图无企业的产业链环节 | Segments with no enterprise anywhere
// description: 在整张图中没有任何企业（含其子环节）的环节，即招商需要从外部引入的空白；同时列出针对该环节的项目，区分完全空白与已有项目储备。
// description: Segments that no enterprise in the whole graph works in (sub-segments included): gaps that only outside investment can fill. Projects aimed at the segment are listed, so pipeline-only gaps stand apart from empty ones.
// param chainId: String? @chain -- 只看该产业链；为空则全部 (only this chain; null for all)
MATCH (s:Segment)-[:OF_CHAIN]->(c:Chain)
WHERE ($chainId IS NULL OR c.id = $chainId)
  AND NOT EXISTS { (s)<-[:SUB_SEGMENT_OF*0..]-(:Segment)<-[:IN_SEGMENT]-(:Enterprise) }
RETURN c.id AS chainId,
       c.name AS chain,
       s.id AS segmentId,
       s.name AS segment,
       s.nameEn AS segmentEn,
       s.stage AS stage,
       COLLECT { MATCH (s)<-[:FOR_SEGMENT]-(pj:Project) RETURN pj.name } AS projects
ORDER BY chainId, s.order
