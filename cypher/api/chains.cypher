// All chains, the fullest templates first; chains without a template (no segment yet) only when
// $includeEmpty.
// params: {"includeEmpty": false}
MATCH (c:Chain)
WHERE $includeEmpty OR EXISTS { (c)<-[:OF_CHAIN]-(:Segment) }
RETURN c {.*, __labels: labels(c)} AS node
ORDER BY COUNT { (c)<-[:OF_CHAIN]-(:Segment) } DESC, c.id
