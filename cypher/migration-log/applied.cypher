// Migrations already applied, with the checksum of the file as it was applied.
MATCH (m:Migration)
RETURN m.id AS id, m.checksum AS checksum
ORDER BY m.id
