// One breadth-first step of neighborhood(): nodes one hop from the frontier, of the allowed
// labels, not seen yet. The caller asks for one more than it can keep, to know it cut the result.
// params: {"ids": ["e.changyang"], "labels": ["Region", "Chain", "Segment", "Park", "Enterprise", "Project", "Institution"], "seen": ["e.changyang"], "max": 201}
UNWIND $ids AS id
MATCH (:Entity {id: id})--(b:Entity)
WHERE any(l IN labels(b) WHERE l IN $labels) AND NOT b.id IN $seen
WITH DISTINCT b
ORDER BY b.id
RETURN b.id AS id
LIMIT $max
