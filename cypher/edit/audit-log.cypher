// The audit trail across the graph, newest first, filtered by who, which record, which park (the
// park itself, or a record located in it or one of its sub-parks), which import batch and which
// days (YYYY-MM-DD, both ends included). Null filters are off. A batch's changes include those
// its undo wrote (undoOf); an undo's record and a hand deletion's also list the parks the
// record was in (parkIds), so a deleted record is still found by its park, its earlier changes
// (the import's create) with it. The record's name comes along for the export (GET /audit/export.xlsx,
// server/src/import/sheets/audit-export.ts).
// params: {"by": null, "targetId": null, "parkId": null, "batchId": null, "from": null, "to": null, "first": 50}
MATCH (c:Change)
WHERE ($by IS NULL OR c.by = $by)
  AND ($targetId IS NULL OR c.targetId = $targetId)
  AND ($batchId IS NULL OR c.batchId = $batchId OR c.undoOf = $batchId)
  AND ($from IS NULL OR substring(c.at, 0, 10) >= $from)
  AND ($to IS NULL OR substring(c.at, 0, 10) <= $to)
  AND ($parkId IS NULL OR c.targetId = $parkId OR $parkId IN coalesce(c.parkIds, [])
       OR EXISTS { MATCH (:Entity {id: c.targetId})-[:LOCATED_IN|IN_PARK]->(:Park)-[:SUB_PARK_OF*0..1]->(:Park {id: $parkId}) }
       OR (NOT EXISTS { MATCH (:Entity {id: c.targetId}) }
           AND EXISTS { MATCH (u:Change {targetId: c.targetId}) WHERE $parkId IN coalesce(u.parkIds, []) }))
WITH c ORDER BY c.at DESC, c.id DESC
LIMIT $first
OPTIONAL MATCH (c)-[:CITES]->(s:Source)
OPTIONAL MATCH (t:Entity {id: c.targetId})
RETURN c {.*, sourceId: s.id, targetName: t.name} AS change
