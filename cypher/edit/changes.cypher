// The newest audit records of a batch of targets (by targetId, so a deleted node's history is
// still found), each with the source it cites.
// params: {"ids": ["e.fulede"], "first": 20}
UNWIND $ids AS id
CALL (id) {
  MATCH (c:Change {targetId: id})
  OPTIONAL MATCH (c)-[:CITES]->(s:Source)
  WITH c, s ORDER BY c.at DESC, c.id DESC
  LIMIT $first
  RETURN collect(c {.*, sourceId: s.id}) AS items
}
RETURN id, items
