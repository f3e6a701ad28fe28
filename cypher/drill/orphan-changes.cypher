// Fault drills: audit records of the drill's enterprises (ids from the English name, so they
// start with $idPrefix) whose enterprise is not in the graph: an edit committed without its node
// would show here.
// params: {"idPrefix": "e.drill-jvm-"}
MATCH (c:Change {targetLabel: 'Enterprise'})
WHERE c.targetId STARTS WITH $idPrefix AND NOT EXISTS { MATCH (e:Enterprise {id: c.targetId}) }
RETURN count(c) AS n
