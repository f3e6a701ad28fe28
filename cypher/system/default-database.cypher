// The name of the default database (system database only).
SHOW DEFAULT DATABASE YIELD name
RETURN name
