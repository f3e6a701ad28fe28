// Deletes revisions once what they held is back on their nodes.
// params: {"ids": []}
MATCH (r:ImportRevision) WHERE elementId(r) IN $ids
DELETE r
RETURN count(*) AS deleted
