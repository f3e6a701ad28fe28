// Everything behind the gap statuses of one chain in a set of parks, in one round trip:
// enterprises located in those parks and mapped to a segment of the chain (with the date that
// places them in time: founded, else the earliest dated source citing them), and projects in those
// parks for a segment of the chain (with their investor). The scope split happens in TypeScript.
// One row per piece of evidence, streamed and unsorted (the server orders them): a park with tens
// of thousands of firms in one chain (the busiest park of a national graph) collected into one
// sorted list outgrew the transaction memory limit; streamed rows hold no memory in the database.
// It reads outward from the parks and keeps the chain's segments from a list (as api/chain-map).
// params: {"chainId": "semi", "parkIds": ["ls-etdz", "ls-etdz.chip-park"]}
WITH COLLECT { MATCH (x:Segment)-[:OF_CHAIN]->(:Chain {id: $chainId}) RETURN x } AS chainSegments
CALL (chainSegments) {
  MATCH (p:Park)<-[:LOCATED_IN]-(e:Enterprise)-[m:IN_SEGMENT]->(s:Segment)
  WHERE p.id IN $parkIds AND s IN chainSegments
  WITH p, e, m, s,
    COLLECT { MATCH (e)-[:CITED_IN]->(src:Source) WHERE src.date IS NOT NULL RETURN src.date ORDER BY src.date LIMIT 1 }[0] AS firstSource
  // A list in FirmTuple's order (server/src/data/analysis.ts), not a map: no key names per row.
  RETURN 'enterprise' AS kind, [
    p.id, s.id, coalesce(m.inferred, false), m.basis, e.id, e.name, e.nameEn,
    coalesce(e.founded, firstSource), CASE WHEN e.founded IS NULL THEN 'source' ELSE 'founded' END
  ] AS row
  UNION ALL
  MATCH (p:Park)<-[:IN_PARK]-(j:Project)-[m:FOR_SEGMENT]->(s:Segment)
  WHERE p.id IN $parkIds AND s IN chainSegments
  OPTIONAL MATCH (j)-[:BY]->(inv:Enterprise)
  RETURN 'project' AS kind, {
    parkId: p.id, segmentId: s.id, inferred: coalesce(m.inferred, false), basis: m.basis,
    project: j {.*}, investorId: inv.id
  } AS row
}
RETURN kind, row
