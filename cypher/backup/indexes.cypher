// Every index no constraint owns, with the statement that recreates it (backups, wipes). The
// token lookup indexes every database has are left out: a wipe keeps them.
SHOW INDEXES YIELD name, createStatement, owningConstraint, type
WHERE owningConstraint IS NULL AND type <> 'LOOKUP'
RETURN name, createStatement AS statement
