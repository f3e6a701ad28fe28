// Whether the synthetic graph is loaded already (its first province exists): the generator
// refuses to add a second set.
// params: {}
MATCH (n:Entity {id: 'syn.p01'})
RETURN count(n) AS n
