// The places around a targets scope (招商目录, target-candidates.cypher), read once per request so
// the ranking can look each candidate's places up in a map ($places) instead of walking up the
// region tree from every one of them (issue 15: at 1M a chain's gaps have ~10,000 candidates).
// One row per root region: the scope's city, its province, each bordering province, the province
// the list is filtered to, and the region "nearby" is measured in (the city, else the province,
// else the scope's own region). Each row lists the regions under the root (itself included) and
// the parks in them with their sub-parks, the same walks target-candidates.cypher used to make
// upward from each place. Roots that are null or unknown give no row.
// params: {"cityId": "zj.zhoushan", "provinceId": "zj", "neighbourProvinceIds": ["js"], "filterProvinceId": null, "nearRegionId": "zj.zhoushan"}
UNWIND [
    {id: $cityId, as: 'city'},
    {id: $provinceId, as: 'province'},
    {id: $filterProvinceId, as: 'filter'},
    {id: $nearRegionId, as: 'near'}
  ] + [n IN coalesce($neighbourProvinceIds, []) | {id: n, as: 'neighbour'}] AS root
WITH root
WHERE root.id IS NOT NULL
MATCH (r:Region {id: root.id})
RETURN root.as AS root,
  COLLECT { MATCH (r)<-[:PART_OF*0..]-(x:Region) RETURN DISTINCT x.id AS id } AS regionIds,
  COLLECT { MATCH (r)<-[:PART_OF*0..]-(:Region)<-[:IN_REGION]-(:Park)<-[:SUB_PARK_OF*0..]-(p:Park) RETURN DISTINCT p.id AS id } AS parkIds
