// A region's place in the region tree for the region overview: the region itself (null at the
// top, $regionId null), its ancestors from the province down (the breadcrumb), the regions
// directly under it (at the top: every province) and the parks placed directly in it.
// `found` is false for an id that is not a Region.
// params: {"regionId": "zj.ningbo"}
OPTIONAL MATCH (r:Region {id: $regionId})
RETURN $regionId IS NULL OR r IS NOT NULL AS found,
  r {.id, .name, .nameEn, .level} AS region,
  CASE WHEN r IS NULL THEN [] ELSE
    COLLECT {
      MATCH path = (r)-[:PART_OF*1..]->(a:Region)
      RETURN a {.id, .name, .nameEn, .level} AS a ORDER BY length(path) DESC
    }
  END AS path,
  CASE WHEN $regionId IS NULL THEN
    COLLECT { MATCH (c:Region {level: 'province'}) WHERE NOT (c)-[:PART_OF]->(:Region) RETURN c {.id, .name, .nameEn, .level} AS c ORDER BY c.id }
  ELSE
    COLLECT { MATCH (c:Region)-[:PART_OF]->(r) RETURN c {.id, .name, .nameEn, .level} AS c ORDER BY c.id }
  END AS children,
  COLLECT { MATCH (p:Park)-[:IN_REGION]->(r) RETURN p {.id, .name, .nameEn} AS p ORDER BY p.id } AS parks
