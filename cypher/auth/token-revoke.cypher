// Revokes a token: kept (for the record) but refused from now on. With $userId, only a token
// of that owner.
// params: {"id": "tok-example", "userId": null}
MATCH (t:ApiToken {id: $id})-[:OWNED_BY]->(u:User)
WHERE $userId IS NULL OR u.id = $userId
SET t.revoked = true, t.revokedAt = coalesce(t.revokedAt, datetime())
RETURN t.id AS id
