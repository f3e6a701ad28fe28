// Projects, optionally filtered by status and by park (with its sub-parks).
// params: {"status": null, "parkId": null}
MATCH (j:Project)
WHERE ($status IS NULL OR j.status = $status)
  AND ($parkId IS NULL OR EXISTS { (j)-[:IN_PARK]->(:Park)-[:SUB_PARK_OF*0..]->(:Park {id: $parkId}) })
RETURN j {.*, __labels: labels(j)} AS node
ORDER BY j.id
