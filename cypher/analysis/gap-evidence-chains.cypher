// analysis/gap-evidence for many chains at once (the region overview's every templated chain):
// the same rows, each with the chain it belongs to, from one pass over the parks' firms and
// projects. Run once per chain, the 40 chains of a national graph read a province's ~32,000 firms
// 40 times over (4.5 s at 1M); here each firm is read once and its segment links say the chain.
// Streamed and unsorted, as gap-evidence (the server orders them).
// params: {"chainIds": ["semi", "pv"], "parkIds": ["ls-etdz", "ls-etdz.chip-park"]}
MATCH (p:Park)
WHERE p.id IN $parkIds
CALL (p) {
  MATCH (p)<-[:LOCATED_IN]-(e:Enterprise)-[m:IN_SEGMENT]->(s:Segment)-[:OF_CHAIN]->(c:Chain)
  WHERE c.id IN $chainIds
  WITH p, e, m, s, c,
    COLLECT { MATCH (e)-[:CITED_IN]->(src:Source) WHERE src.date IS NOT NULL RETURN src.date ORDER BY src.date LIMIT 1 }[0] AS firstSource
  RETURN c.id AS chainId, 'enterprise' AS kind, {
    parkId: p.id, segmentId: s.id, inferred: coalesce(m.inferred, false), basis: m.basis,
    enterprise: e {.id, .name, .nameEn, .shortName, .roles, .founded},
    evidenceDate: coalesce(e.founded, firstSource),
    evidenceFrom: CASE WHEN e.founded IS NULL THEN 'source' ELSE 'founded' END
  } AS row
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
