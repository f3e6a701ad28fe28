// The id of the last transaction committed to a database (system database only): equal before
// and after a backup means nothing was written while it ran, so the backup is consistent.
// params: {"name": "neo4j"}
SHOW DATABASE $name YIELD name, lastCommittedTxn
RETURN lastCommittedTxn
