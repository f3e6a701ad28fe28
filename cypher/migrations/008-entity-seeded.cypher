// The seed loader finds the seeded nodes by this index (seed/existing-nodes) instead of reading
// every node of the graph, which grew with a synthetic or imported graph's million firms.
// Only seeded nodes carry the property, so the index holds ~1,500 entries at any scale.
CREATE INDEX entity_seeded IF NOT EXISTS FOR (n:Entity) ON (n.seeded);
// The loader looks among :Entity nodes only. A database seeded before the label existed (004)
// gets it here. Whether any node of a seed label lacks it is read from the count store first
// (each node has one seed label): a new database, or a big imported one, is not read at all.
CALL () {
  MATCH (n:Entity) RETURN count(n) AS entities
}
CALL () {
  UNWIND [
    COUNT { (:Source) }, COUNT { (:Region) }, COUNT { (:Chain) }, COUNT { (:Segment) },
    COUNT { (:Industry) }, COUNT { (:Park) }, COUNT { (:Enterprise) }, COUNT { (:Project) },
    COUNT { (:Capacity) }, COUNT { (:Institution) }, COUNT { (:Figure) }, COUNT { (:Policy) }
  ] AS c
  RETURN sum(c) AS labelled
}
WITH entities, labelled WHERE labelled > entities
CALL () {
  MATCH (n) WHERE NOT n:Entity AND n.seeded = true
  SET n:Entity
};
