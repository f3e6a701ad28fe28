// Resolves analysis scopes in one round trip. A park scope is the park and every park under it
// (SUB_PARK_OF*, 一区多园 roll-up); a region scope is every park in the region at any depth, with
// their sub-parks. Also returns the scope's city and province (for "nearest supply"), the provinces
// bordering it (NEIGHBOURS in the region tree) and whether
// the root exists with the right label. Every part starts from the root's id index seek (a
// region root is taken as it is, not looked up again by scanning :Region).
// params: {"scopes": [{"kind": "park", "id": "nb-hitech"}, {"kind": "region", "id": "zj.ningbo"}]}
UNWIND $scopes AS s
OPTIONAL MATCH (root:Entity {id: s.id})
WITH s, CASE WHEN (s.kind = 'park' AND root:Park) OR (s.kind = 'region' AND root:Region) THEN root END AS root
WITH s, root,
  COLLECT { MATCH (q:Park)-[:SUB_PARK_OF*0..]->(root) WHERE root:Park RETURN DISTINCT q.id } +
  COLLECT {
    MATCH (q:Park)-[:IN_REGION]->(:Region)-[:PART_OF*0..]->(root) WHERE root:Region
    MATCH (q2:Park)-[:SUB_PARK_OF*0..]->(q)
    RETURN DISTINCT q2.id
  } AS parkIds,
  COLLECT {
    MATCH (root)-[:SUB_PARK_OF*0..]->(:Park)-[:IN_REGION]->(r:Region) WHERE root:Park RETURN r
    UNION
    UNWIND [x IN [root] WHERE x:Region] AS r
    RETURN r
  } AS regions
WITH s, root, parkIds, regions[0] AS region
RETURN s.kind AS kind, s.id AS id, root IS NOT NULL AS found,
  root {.id, .name, .nameEn} AS root,
  parkIds,
  COLLECT { MATCH (region)-[:PART_OF*0..]->(c:Region {level: 'city'}) RETURN c.id }[0] AS cityId,
  COLLECT { MATCH (region)-[:PART_OF*0..]->(p:Region {level: 'province'}) RETURN p.id }[0] AS provinceId,
  COLLECT { MATCH (region)-[:PART_OF*0..]->(:Region {level: 'province'})-[:NEIGHBOURS]-(n:Region) RETURN DISTINCT n.id } AS neighbourProvinceIds
