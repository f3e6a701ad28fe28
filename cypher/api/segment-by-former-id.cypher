// The segment an id of an earlier template version migrated to (its `formerIds` hold the old id),
// so links, bookmarks and edit history that name the old id still resolve.
// params: {"id": "semi.materials"}
MATCH (s:Segment)
WHERE $id IN s.formerIds
RETURN s {.*, __labels: labels(s)} AS node
ORDER BY s.id
LIMIT 1
