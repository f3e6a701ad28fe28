// The figures of a scope, each with the node it belongs to: a park and its sub-parks, or a region
// with the regions below it and the parks (and sub-parks) in any of them. Only places own these
// figures here (firms' and institutions' figures stay on their own pages).
// params: {"parkId": "nb-hitech", "regionId": null}
CALL () {
  MATCH (top:Park {id: $parkId})<-[:SUB_PARK_OF*0..]-(o:Park)
  RETURN o
  UNION
  MATCH (top:Region {id: $regionId})<-[:PART_OF*0..]-(o:Region)
  RETURN o
  UNION
  MATCH (top:Region {id: $regionId})<-[:PART_OF*0..]-(:Region)<-[:IN_REGION]-(:Park)<-[:SUB_PARK_OF*0..]-(o:Park)
  RETURN o
}
WITH DISTINCT o
MATCH (o)-[:HAS_FIGURE]->(f:Figure)
OPTIONAL MATCH (f)-[:ABOUT_CHAIN]->(c:Chain)
RETURN f {.*, __labels: labels(f), ownerId: o.id, ownerName: o.name, chainId: c.id} AS figure
ORDER BY f.metric, f.period, o.id
