// Every flow that starts or ends in a chain, cross-chain flows included, with both ends.
// params: {"ids": ["film"]}
UNWIND $ids AS id
MATCH (c:Chain {id: id})
CALL {
  WITH c
  MATCH (c)<-[:OF_CHAIN]-(a:Segment)-[f:FEEDS]->(b:Segment)
  RETURN a, f, b
  UNION
  WITH c
  MATCH (c)<-[:OF_CHAIN]-(b:Segment)<-[f:FEEDS]-(a:Segment)
  RETURN a, f, b
}
MATCH (a)-[:OF_CHAIN]->(ca:Chain), (b)-[:OF_CHAIN]->(cb:Chain)
WITH id, a, f, b, ca, cb ORDER BY a.order, b.order
RETURN id, collect({
  fromId: a.id, toId: b.id, crossChain: ca <> cb, note: f.note,
  from: a {.*, __labels: labels(a), chainId: ca.id},
  to: b {.*, __labels: labels(b), chainId: cb.id}
}) AS items
