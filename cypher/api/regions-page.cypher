// Regions page by page (Query.regions stops at its cap). Filters: $level; $parentId, the regions
// below that one at any depth (not itself); $query, text the region's name (Chinese or English,
// any case) or id contains. Ordered by the id path from the province down, so each region's
// cities and districts follow it on the same or the next page.
// params: {"level": null, "parentId": "zj", "query": null, "skip": 0, "limit": 21}
MATCH (r:Region)
WHERE ($level IS NULL OR r.level = $level)
  AND ($parentId IS NULL OR EXISTS { (r)-[:PART_OF*1..]->(:Region {id: $parentId}) })
  AND ($query IS NULL
       OR r.name CONTAINS $query OR toLower(coalesce(r.nameEn, '')) CONTAINS toLower($query) OR r.id CONTAINS $query)
WITH r, head(COLLECT {
  MATCH path = (r)-[:PART_OF*0..]->(top:Region) WHERE NOT (top)-[:PART_OF]->(:Region)
  RETURN [n IN reverse(nodes(path)) | n.id]
}) AS key
WITH r ORDER BY key
WITH collect(r) AS rows
RETURN size(rows) AS total, [x IN rows[$skip..$skip + $limit] | x {.*, __labels: labels(x)}] AS items
