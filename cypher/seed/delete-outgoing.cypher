// Removes the outgoing relationships of nodes being rewritten; the loader re-creates them.
// params: {"elementIds": []}
UNWIND $elementIds AS eid
MATCH (n)-[r]->()
WHERE elementId(n) = eid
DELETE r
RETURN count(r) AS deleted
