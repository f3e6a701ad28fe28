// The industries in the graph with the chain segments they map to (the mapping table, seeded
// from seeds/industries.yaml), for the listed-company importer.
// params: {}
MATCH (i:Industry)
RETURN i.id AS id, i.code AS code, i.name AS name,
  [(i)-[m:MAPS_TO]->(s:Segment)-[:OF_CHAIN]->(c:Chain) | {segment: s.id, chain: c.id, fit: m.fit, reason: m.reason}] AS segments
ORDER BY i.code
