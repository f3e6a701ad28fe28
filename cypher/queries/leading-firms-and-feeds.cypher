// title: 链主与龙头企业及其供给的下游环节 | Anchor and leading firms and the segments they feed
// description: 角色为链主、龙头等的企业（或标为某链链主的企业）所在的环节，以及这些环节经供给关系（FEEDS）通向的下游环节，跨链的下游注明所属产业链。
// description: Enterprises with an anchor or leading role (or marked as a chain's anchor), the segments they work in, and the downstream segments those feed; a downstream segment of another chain names that chain.
// param roles: [String] = ["anchor", "leading"] @role -- 企业角色 (enterprise roles): anchor, leading, little_giant, hidden_champion …
// param limit: Int = 50 -- 最多返回的行数 (maximum rows)
MATCH (e:Enterprise)
WHERE any(role IN coalesce(e.roles, []) WHERE role IN $roles)
   OR ('anchor' IN $roles AND EXISTS { (e)-[:IN_CHAIN {anchor: true}]->(:Chain) })
MATCH (e)-[link:IN_SEGMENT]->(s:Segment)-[:OF_CHAIN]->(c:Chain)
OPTIONAL MATCH (e)-[:LOCATED_IN]->(p:Park)
RETURN e.id AS enterpriseId,
       e.name AS enterprise,
       e.roles AS roles,
       p.name AS park,
       c.name AS chain,
       s.id AS segmentId,
       s.name AS segment,
       coalesce(link.inferred, false) AS inferred,
       COLLECT {
         MATCH (s)-[f:FEEDS]->(down:Segment)-[:OF_CHAIN]->(dc:Chain)
         RETURN down.name + CASE WHEN dc <> c THEN '（' + dc.name + '）' ELSE '' END
       } AS feeds
ORDER BY enterprise, s.order
LIMIT $limit
