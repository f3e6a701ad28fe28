// All chains, the fullest templates first.
MATCH (c:Chain)
RETURN c {.*, __labels: labels(c)} AS node
ORDER BY COUNT { (c)<-[:OF_CHAIN]-(:Segment) } DESC, c.id
