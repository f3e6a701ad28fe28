// Drops an index by name (a wipe before a restore).
// params: {"name": "example_index"}
DROP INDEX $name IF EXISTS
