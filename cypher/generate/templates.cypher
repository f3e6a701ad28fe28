// The chain templates already in the graph (the seeded ones), each with its top-level and finer
// segments in template order, for the synthetic generator to spread firms over.
// params: {}
MATCH (c:Chain)
WHERE c.synthetic IS NULL
MATCH (s:Segment)-[:OF_CHAIN]->(c)
WITH c, s ORDER BY s.order, s.id
RETURN c.id AS id, collect(s.id) AS segments
ORDER BY id
