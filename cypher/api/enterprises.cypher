// Enterprises, filtered, as one page plus the total. Filters (each optional, all must hold):
// park with its sub-parks (一区多园), chain (directly or through a segment), segment with its
// sub-segments, role, region at any depth (through the park and its parents, or a direct
// IN_REGION when no park is known). Ordered by id so offset cursors are stable.
// The firms are first found from one filter given, the most selective first (park, segment, chain,
// region; each branch's index seek gets a null id unless its filter is the one chosen, and finds
// nothing), then every filter is checked on them: scanning every firm and checking the filters on
// each took 4–8 s at 1M whatever the filter. Only a role alone reads every firm. With no filter
// at all the server asks api/enterprises-unfiltered instead (collecting every firm here would not
// fit in a transaction's memory at 1M).
// params: {"parkId": "nb-hitech", "chainId": null, "segmentId": null, "role": null, "regionId": null, "skip": 0, "limit": 21}
CALL () {
  CALL () {
    MATCH (:Park {id: $parkId})<-[:SUB_PARK_OF*0..]-(:Park)<-[:LOCATED_IN]-(e:Enterprise)
    RETURN e
    UNION
    MATCH (:Segment {id: CASE WHEN $parkId IS NULL THEN $segmentId END})<-[:SUB_SEGMENT_OF*0..]-(:Segment)<-[:IN_SEGMENT]-(e:Enterprise)
    RETURN e
    UNION
    MATCH (:Chain {id: CASE WHEN $parkId IS NULL AND $segmentId IS NULL THEN $chainId END})<-[:IN_CHAIN]-(e:Enterprise)
    RETURN e
    UNION
    MATCH (:Chain {id: CASE WHEN $parkId IS NULL AND $segmentId IS NULL THEN $chainId END})<-[:OF_CHAIN]-(:Segment)<-[:IN_SEGMENT]-(e:Enterprise)
    RETURN e
    UNION
    MATCH (:Region {id: CASE WHEN $parkId IS NULL AND $segmentId IS NULL AND $chainId IS NULL THEN $regionId END})<-[:PART_OF*0..]-(:Region)<-[:IN_REGION]-(:Park)<-[:SUB_PARK_OF*0..]-(:Park)<-[:LOCATED_IN]-(e:Enterprise)
    RETURN e
    UNION
    MATCH (:Region {id: CASE WHEN $parkId IS NULL AND $segmentId IS NULL AND $chainId IS NULL THEN $regionId END})<-[:PART_OF*0..]-(:Region)<-[:IN_REGION]-(e:Enterprise)
    RETURN e
  }
  RETURN e
  UNION ALL
  // Each firm once already: no set of them to keep.
  UNWIND CASE WHEN $parkId IS NULL AND $segmentId IS NULL AND $chainId IS NULL AND $regionId IS NULL THEN [true] ELSE [] END AS everything
  MATCH (e:Enterprise)
  WHERE $role IS NULL OR $role IN coalesce(e.roles, [])
  RETURN e
}
WITH e
WHERE ($parkId IS NULL OR EXISTS { (e)-[:LOCATED_IN]->(:Park)-[:SUB_PARK_OF*0..]->(:Park {id: $parkId}) })
  AND ($chainId IS NULL
       OR EXISTS { (e)-[:IN_CHAIN]->(:Chain {id: $chainId}) }
       OR EXISTS { (e)-[:IN_SEGMENT]->(:Segment)-[:OF_CHAIN]->(:Chain {id: $chainId}) })
  AND ($segmentId IS NULL OR EXISTS { (e)-[:IN_SEGMENT]->(:Segment)-[:SUB_SEGMENT_OF*0..]->(:Segment {id: $segmentId}) })
  AND ($role IS NULL OR $role IN coalesce(e.roles, []))
  AND ($regionId IS NULL
       OR EXISTS { (e)-[:LOCATED_IN]->(:Park)-[:SUB_PARK_OF*0..]->(:Park)-[:IN_REGION]->(:Region)-[:PART_OF*0..]->(:Region {id: $regionId}) }
       OR EXISTS { (e)-[:IN_REGION]->(:Region)-[:PART_OF*0..]->(:Region {id: $regionId}) })
WITH e ORDER BY e.id
WITH collect(e) AS rows
RETURN size(rows) AS total, [x IN rows[$skip..$skip + $limit] | x {.*, __labels: labels(x)}] AS items
