// title: 某环节的企业分布 | Who makes a segment
// description: 在某环节（含其子环节）的所有企业，附所在园区、所在地区、角色和关系是否推断；同时返回节点与关系，可直接画图。
// description: Every enterprise in a segment (sub-segments included) with its park, region, roles and whether the link is inferred; the nodes and links come back as graph elements too.
// param segmentId: String = "semi.sensor" @segment -- 环节 id (segment id)
MATCH (s:Segment {id: $segmentId})<-[:SUB_SEGMENT_OF*0..]-(sub:Segment)<-[link:IN_SEGMENT]-(e:Enterprise)
OPTIONAL MATCH (e)-[located:LOCATED_IN]->(p:Park)
OPTIONAL MATCH (p)-[:IN_REGION]->(r:Region)
RETURN e.name AS enterprise,
       e.roles AS roles,
       sub.name AS segment,
       coalesce(link.inferred, false) AS inferred,
       p.name AS park,
       r.name AS region,
       e, link, sub, located, p
ORDER BY enterprise
