// The facts the gap rule needs, with no date asked, for many chains in the same parks (the region
// overview's every templated chain), from one pass over the parks' firms and projects: run once
// per chain, the 40 chains of a national graph read a province's ~32,000 firms 40 times over.
// Firms come as lists of ids, one row per park, chain, segment and kind of mapping (`firms`):
// the rule reads no more of them without a date, and a record per firm with its name and first
// source was most of the overview's time at 1M. Projects come whole, as in gap-evidence (their
// stage decides). Grouped within one park's subquery, so the database holds one park's ids at a
// time; unsorted (the server orders the rows).
// params: {"chainIds": ["semi", "pv"], "parkIds": ["ls-etdz", "ls-etdz.chip-park"]}
MATCH (p:Park)
WHERE p.id IN $parkIds
CALL (p) {
  MATCH (p)<-[:LOCATED_IN]-(e:Enterprise)-[m:IN_SEGMENT]->(s:Segment)
  WITH s, coalesce(m.inferred, false) AS inferred, collect(e.id) AS firmIds
  // Each segment's chain once, not once per firm.
  MATCH (s)-[:OF_CHAIN]->(c:Chain)
  WHERE c.id IN $chainIds
  RETURN c.id AS chainId, 'firms' AS kind, {parkId: p.id, segmentId: s.id, inferred: inferred, firmIds: firmIds} AS row
  UNION ALL
  MATCH (p)<-[:IN_PARK]-(j:Project)-[m:FOR_SEGMENT]->(s:Segment)-[:OF_CHAIN]->(c:Chain)
  WHERE c.id IN $chainIds
  OPTIONAL MATCH (j)-[:BY]->(inv:Enterprise)
  RETURN c.id AS chainId, 'project' AS kind, {
    parkId: p.id, segmentId: s.id, inferred: coalesce(m.inferred, false), basis: m.basis,
    project: j {.*}, investorId: inv.id
  } AS row
}
RETURN chainId, kind, row
