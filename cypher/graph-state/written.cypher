// Marks the graph as written (migration 009): run by the executor at the end of every write
// transaction, in it, so the mark commits exactly when the write does. A random value rather than
// a count: two transactions writing at once could both read the same count and lose one.
// params: {}
MERGE (g:GraphState {id: 'graph'})
SET g.version = randomUUID()
