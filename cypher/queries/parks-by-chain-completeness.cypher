// title: 产业链完整度最高的园区 | Parks by chain completeness
// description: 对一条产业链，统计每个园区有本地企业的一级环节占比：分园、园中园的企业计入上级园区，子环节上的企业计入所属一级环节。列出有覆盖或在培育该链的园区。
// description: For one chain, the share of its top-level segments with at least one enterprise located in the park or in any of its sub-parks (a firm in a sub-segment counts for its parent segment). Lists parks that cover a segment or grow the chain.
// param chainId: String = "pv" -- 产业链 id (chain id): pv, semi, film, diecast …
// param includeInferred: Boolean = true -- 是否计入推断的企业-环节关系 (count inferred segment links)
// param limit: Int = 10 -- 最多返回的园区数 (maximum parks)
MATCH (c:Chain {id: $chainId})<-[:OF_CHAIN]-(top:Segment)
WHERE NOT (top)-[:SUB_SEGMENT_OF]->(:Segment)
WITH c, collect(top) AS tops
MATCH (park:Park)
OPTIONAL MATCH (park)<-[:SUB_PARK_OF*0..]-(:Park)<-[:LOCATED_IN]-(e:Enterprise)-[link:IN_SEGMENT]->(:Segment)-[:SUB_SEGMENT_OF*0..]->(seg:Segment)
  WHERE seg IN tops AND ($includeInferred OR coalesce(link.inferred, false) = false)
WITH c, tops, park, collect(DISTINCT seg) AS covered, collect(DISTINCT e.name) AS firms
WHERE size(covered) > 0 OR EXISTS { (park)<-[:SUB_PARK_OF*0..]-(:Park)-[:GROWS]->(c) }
RETURN park.id AS parkId,
       park.name AS park,
       park.nameEn AS parkEn,
       size(covered) AS segmentsCovered,
       size(tops) AS segments,
       round(100.0 * size(covered) / size(tops), 1) AS completenessPct,
       [s IN covered | s.name] AS coveredSegments,
       firms
ORDER BY completenessPct DESC, segmentsCovered DESC, parkId
LIMIT $limit
