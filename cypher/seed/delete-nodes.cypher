// Deletes seeded nodes (with their relationships) whose records left the seed files.
// The `seeded` test is a second guard: nodes the loader did not create are never deleted.
// params: {"elementIds": []}
UNWIND $elementIds AS eid
MATCH (n)
WHERE elementId(n) = eid AND n.seeded = true
DETACH DELETE n
RETURN count(*) AS deleted
