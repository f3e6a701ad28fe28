// Everything behind the gap statuses of one chain in a set of parks, in one round trip:
// enterprises located in those parks and mapped to a segment of the chain (with the date that
// places them in time: founded, else the earliest dated source citing them), and projects in those
// parks for a segment of the chain (with their investor). The scope split happens in TypeScript.
// params: {"chainId": "semi", "parkIds": ["ls-etdz", "ls-etdz.chip-park"]}
RETURN
  COLLECT {
    MATCH (p:Park)<-[:LOCATED_IN]-(e:Enterprise)-[m:IN_SEGMENT]->(s:Segment)-[:OF_CHAIN]->(:Chain {id: $chainId})
    WHERE p.id IN $parkIds
    WITH p, e, m, s,
      COLLECT { MATCH (e)-[:CITED_IN]->(src:Source) WHERE src.date IS NOT NULL RETURN src.date ORDER BY src.date LIMIT 1 }[0] AS firstSource
    RETURN {
      parkId: p.id, segmentId: s.id, inferred: coalesce(m.inferred, false), basis: m.basis,
      enterprise: e {.id, .name, .nameEn, .shortName, .roles, .founded},
      evidenceDate: coalesce(e.founded, firstSource),
      evidenceFrom: CASE WHEN e.founded IS NULL THEN 'source' ELSE 'founded' END
    } ORDER BY e.id, s.id
  } AS enterprises,
  COLLECT {
    MATCH (p:Park)<-[:IN_PARK]-(j:Project)-[m:FOR_SEGMENT]->(s:Segment)-[:OF_CHAIN]->(:Chain {id: $chainId})
    WHERE p.id IN $parkIds
    OPTIONAL MATCH (j)-[:BY]->(inv:Enterprise)
    RETURN {
      parkId: p.id, segmentId: s.id, inferred: coalesce(m.inferred, false), basis: m.basis,
      project: j {.*}, investorId: inv.id
    } ORDER BY j.id, s.id
  } AS projects
