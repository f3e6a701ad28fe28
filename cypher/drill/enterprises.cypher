// Fault drills: the enterprises a drill made (English name with its tag) and how many audit
// records each has.
// params: {"prefix": "Drill jvm "}
MATCH (e:Enterprise)
WHERE e.nameEn STARTS WITH $prefix
RETURN e.id AS id, COUNT { (c:Change) WHERE c.targetId = e.id } AS changes
