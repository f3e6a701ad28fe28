// Enterprises, filtered, as one page plus the total. Filters (each optional, all must hold):
// park with its sub-parks (一区多园), chain (directly or through a segment), segment with its
// sub-segments, role, region at any depth (through the park and its parents, or a direct
// IN_REGION when no park is known). Ordered by id so offset cursors are stable.
// params: {"parkId": "nb-hitech", "chainId": null, "segmentId": null, "role": null, "regionId": null, "skip": 0, "limit": 21}
MATCH (e:Enterprise)
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
