// title: 跨产业链依赖 | Cross-chain dependencies
// description: 两条产业链之间的供给关系（一条链的环节供给另一条链的环节），并列出上下游两端各在哪些园区有企业或项目，以及两端都有的园区（按一级园区汇总）。
// description: Supply flows from a segment of one chain to a segment of another, with the top-level parks that host an enterprise or project at the upstream end, at the downstream end, and at both.
// param chainId: String? @chain -- 只看涉及该链的依赖；为空则列出全部 (only flows touching this chain; null for all)
MATCH (a:Segment)-[f:FEEDS]->(b:Segment)
MATCH (a)-[:OF_CHAIN]->(ca:Chain), (b)-[:OF_CHAIN]->(cb:Chain)
WHERE ca <> cb AND ($chainId IS NULL OR $chainId IN [ca.id, cb.id])
WITH a, b, ca, cb, f,
     COLLECT {
       MATCH (a)<-[:SUB_SEGMENT_OF*0..]-(:Segment)<-[:IN_SEGMENT|FOR_SEGMENT]-(n)-[:LOCATED_IN|IN_PARK]->(:Park)-[:SUB_PARK_OF*0..]->(top:Park)
       WHERE NOT (top)-[:SUB_PARK_OF]->(:Park)
       RETURN DISTINCT top.name
     } AS upstreamParks,
     COLLECT {
       MATCH (b)<-[:SUB_SEGMENT_OF*0..]-(:Segment)<-[:IN_SEGMENT|FOR_SEGMENT]-(n)-[:LOCATED_IN|IN_PARK]->(:Park)-[:SUB_PARK_OF*0..]->(top:Park)
       WHERE NOT (top)-[:SUB_PARK_OF]->(:Park)
       RETURN DISTINCT top.name
     } AS downstreamParks
RETURN ca.name AS fromChain,
       a.name AS fromSegment,
       cb.name AS toChain,
       b.name AS toSegment,
       f.note AS note,
       upstreamParks,
       downstreamParks,
       [p IN upstreamParks WHERE p IN downstreamParks] AS parksWithBoth
ORDER BY fromChain, toChain, fromSegment
