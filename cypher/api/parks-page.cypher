// Parks page by page, for lists that must reach every park of a national graph (the start page,
// the chain map's scope picker): `parks` stops at its cap. Filters as parks.cypher, plus $query:
// a park matches when its name (Chinese or English, any case) or id contains the text, or when
// one of the regions it lies in does (宁波 finds every park in 宁波市). Ordered so a park's
// sub-parks follow it on the same or the next page.
// params: {"regionId": null, "chainId": null, "query": "宁波", "skip": 0, "limit": 21}
MATCH (p:Park)
WHERE ($regionId IS NULL OR EXISTS {
        (p)-[:SUB_PARK_OF*0..]->(:Park)-[:IN_REGION]->(:Region)-[:PART_OF*0..]->(:Region {id: $regionId}) })
  AND ($chainId IS NULL OR EXISTS { (p)-[:GROWS]->(:Chain {id: $chainId}) })
  AND ($query IS NULL
       OR p.name CONTAINS $query OR toLower(coalesce(p.nameEn, '')) CONTAINS toLower($query) OR p.id CONTAINS $query
       OR EXISTS {
         MATCH (p)-[:SUB_PARK_OF*0..]->(:Park)-[:IN_REGION]->(:Region)-[:PART_OF*0..]->(r:Region)
         WHERE r.name CONTAINS $query OR toLower(coalesce(r.nameEn, '')) CONTAINS toLower($query)
       })
// The ids from the top of the park's 一区多园 tree down to the park: lists order element by
// element, a prefix first, so each park comes right after its parent, its subtree after it.
WITH p, head(COLLECT {
  MATCH path = (p)-[:SUB_PARK_OF*0..]->(top:Park) WHERE NOT (top)-[:SUB_PARK_OF]->(:Park)
  RETURN [n IN reverse(nodes(path)) | n.id]
}) AS key
WITH p ORDER BY key
WITH collect(p) AS rows
RETURN size(rows) AS total, [x IN rows[$skip..$skip + $limit] | x {.*, __labels: labels(x)}] AS items
