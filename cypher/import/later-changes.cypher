// Why undo keeps a record: the latest audit record (Change) of each node written after the
// batch by anything but the batch itself (an edit or a later import), and for links made since
// to a node the batch created, the latest change recorded on the node at the other end (a link
// edit, or the later sheet's create or update that wrote the link with its record).
// params: {"ids": ["e.x"], "others": ["e.y"], "batchId": "b", "since": "2026-01-01T00:00:00Z"}
CALL () {
  UNWIND $ids AS id
  CALL (id) {
    MATCH (c:Change {targetId: id}) WHERE c.at >= $since AND coalesce(c.batchId, '') <> $batchId
    RETURN c ORDER BY c.at DESC LIMIT 1
  }
  RETURN collect({id: id, by: c.by, at: c.at, action: c.action, before: c.before, after: c.after, batchId: c.batchId}) AS own
}
CALL () {
  UNWIND $others AS id
  CALL (id) {
    MATCH (c:Change {targetId: id}) WHERE c.at >= $since AND coalesce(c.batchId, '') <> $batchId
    RETURN c ORDER BY c.at DESC LIMIT 1
  }
  RETURN collect({id: id, by: c.by, at: c.at, action: c.action, before: c.before, after: c.after, batchId: c.batchId}) AS links
}
RETURN own, links
