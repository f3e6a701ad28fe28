// Every constraint: its name and the statement that recreates it (backups, wipes).
SHOW CONSTRAINTS YIELD name, createStatement
RETURN name, createStatement AS statement
