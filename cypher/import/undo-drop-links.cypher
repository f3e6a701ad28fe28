// Undo, step 2 (before a record is put back from its revision): the links the batch gave the
// records, which start from them, go; the revision's links are created again by undo-revisions.
// params: {"ids": ["e.x"], "batchId": "b"}
UNWIND $ids AS id
MATCH (:Entity {id: id})-[r]->()
WHERE r.importBatch = $batchId
DELETE r
RETURN count(*) AS deleted
