// What a staff sheet's park, segment and chain cells are looked up in: every park, every segment
// with its chain (so "光伏/硅片" can tell segments of the same name apart) and every chain.
// params: {}
RETURN
  COLLECT { MATCH (p:Park) RETURN {id: p.id, name: p.name, nameEn: p.nameEn} } AS parks,
  COLLECT {
    MATCH (s:Segment)
    OPTIONAL MATCH (s)-[:OF_CHAIN]->(c:Chain)
    RETURN {id: s.id, name: s.name, chain: c.name, chainId: c.id}
  } AS segments,
  COLLECT { MATCH (c:Chain) RETURN {id: c.id, name: c.name, nameEn: c.nameEn} } AS chains
