// Records one applied migration.
// params: {"id": "000-example", "checksum": "0"}
MERGE (m:Migration {id: $id})
SET m.checksum = $checksum, m.appliedAt = datetime()
