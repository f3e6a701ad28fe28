// Where the graph stands: one (:GraphState {id: 'graph'}) whose `version` every write transaction
// through the executor sets to a new random value (cypher/graph-state/written.cypher), so what
// the server derives from the graph and keeps (the targets index, server/src/data/target-index.ts)
// knows whether it still describes it. Community's SHOW DATABASE does not report the last
// committed transaction. Not a domain node: no :Entity label.
CREATE CONSTRAINT graph_state_id IF NOT EXISTS FOR (n:GraphState) REQUIRE n.id IS UNIQUE;
