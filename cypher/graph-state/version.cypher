// Where the graph stands (migration 009): null until the first write through the executor.
// params: {}
OPTIONAL MATCH (g:GraphState {id: 'graph'})
RETURN g.version AS version
