// Firms located in each group of parks (a scope's parkIds from analysis/scopes), each firm once
// per group however many of its parks it sits in: the region overview's firm count.
// params: {"groups": [{"key": "region:zj.ningbo", "parkIds": ["nb-hitech", "nb-hitech.jiangbei"]}]}
UNWIND $groups AS g
CALL (g) {
  OPTIONAL MATCH (e:Enterprise)-[:LOCATED_IN]->(p:Park) WHERE p.id IN g.parkIds
  RETURN count(DISTINCT e) AS firms
}
RETURN g.key AS key, firms
