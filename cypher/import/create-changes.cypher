// The audit records of an import (one Change per node created or updated and per link added),
// written in the import's transaction, shaped like an edit's (edit/create-change) plus batchId.
// params: {"rows": []}
UNWIND $rows AS row
CREATE (c:Change)
SET c = row
WITH c
OPTIONAL MATCH (t:Entity {id: c.targetId})
FOREACH (_ IN CASE WHEN t IS NULL THEN [] ELSE [1] END | CREATE (c)-[:CHANGED]->(t))
RETURN count(c) AS recorded
