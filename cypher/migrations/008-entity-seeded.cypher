// The seed loader finds the seeded nodes by this index (seed/existing-nodes) instead of reading
// every node of the graph, which grew with a synthetic or imported graph's million firms.
// Only seeded nodes carry the property, so the index holds ~1,500 entries at any scale.
CREATE INDEX entity_seeded IF NOT EXISTS FOR (n:Entity) ON (n.seeded);
// The loader looks among :Entity nodes only. A database seeded before the label existed (004)
// gets it here; the label is checked before any property is read, so this pass over the nodes
// costs little on a big graph.
MATCH (n) WHERE NOT n:Entity AND n.seeded = true SET n:Entity;
