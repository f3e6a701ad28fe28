// Template migration: before a segment of an old template version is deleted, every link INTO it
// that the seed load does not rebuild (enterprises, projects and edit records made through the API,
// links of seeded nodes whose records changed were already dropped) moves to the segment the old
// id maps to, with its properties. MERGE keeps one link where the new segment already has one.
// params: {"moves": [{"from": "4:abc:1", "to": "4:abc:2"}]}
UNWIND $moves AS m
MATCH (old) WHERE elementId(old) = m.from
MATCH (new) WHERE elementId(new) = m.to
CALL (old, new) {
  MATCH (x)-[r]->(old)
  WHERE x <> new AND x <> old
  WITH x, r, type(r) AS t, properties(r) AS props
  MERGE (x)-[r2:$(t)]->(new)
  SET r2 += props
  DELETE r
  RETURN count(*) AS moved
}
RETURN sum(moved) AS moved
