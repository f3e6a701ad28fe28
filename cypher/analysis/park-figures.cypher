// The park dashboard's key figures over a park ($parkId) and its sub-parks ($parkIds from analysis/scopes):
// firms located there, how many are chain anchors or listed, and projects per stated status with
// their known investment. Chains the park grows (with a template) for the completeness cards.
// params: {"parkId": "zs-hitech", "parkIds": ["zs-hitech", "zs-hitech.pv-platform", "zs-hitech.hongfa"]}
CALL {
  MATCH (e:Enterprise)-[:LOCATED_IN]->(p:Park) WHERE p.id IN $parkIds
  WITH DISTINCT e
  RETURN count(e) AS enterprises,
    count(CASE WHEN 'anchor' IN coalesce(e.roles, []) OR EXISTS { (e)-[:IN_CHAIN {anchor: true}]->(:Chain) } THEN 1 END) AS anchors,
    count(CASE WHEN 'listed' IN coalesce(e.roles, []) OR e.stockCode IS NOT NULL THEN 1 END) AS listed
}
CALL {
  OPTIONAL MATCH (pr:Project)-[:IN_PARK]->(p:Park) WHERE p.id IN $parkIds
  WITH DISTINCT pr
  WITH pr.status AS status, collect(pr) AS projects
  WHERE size(projects) > 0
  RETURN collect({
    status: status,
    count: size(projects),
    withInvestment: size([x IN projects WHERE x.investmentCny IS NOT NULL]),
    investmentCny: reduce(sum = 0.0, x IN projects | sum + coalesce(toFloat(x.investmentCny), 0.0))
  }) AS projects
}
RETURN enterprises, anchors, listed, projects,
  COLLECT {
    MATCH (root:Park {id: $parkId})-[:GROWS]->(c:Chain) WHERE EXISTS { (:Segment)-[:OF_CHAIN]->(c) }
    RETURN c.id ORDER BY c.id
  } AS chainIds
