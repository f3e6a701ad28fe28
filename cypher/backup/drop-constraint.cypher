// Drops a constraint by name (a wipe before a restore).
// params: {"name": "example_constraint"}
DROP CONSTRAINT $name IF EXISTS
