// Revokes a token and every token it minted, directly or not: kept (for the record) but refused
// from now on. With $userId, only a token of that owner; with $withinTokenId (a request made
// with a token), only that token or one of its descendants.
// params: {"id": "tok-example", "userId": null, "withinTokenId": null}
MATCH (t:ApiToken {id: $id})-[:OWNED_BY]->(u:User)
WHERE ($userId IS NULL OR u.id = $userId)
  AND ($withinTokenId IS NULL OR t.id = $withinTokenId
       OR EXISTS { (t)-[:MINTED_BY*1..]->(:ApiToken {id: $withinTokenId}) })
OPTIONAL MATCH (d:ApiToken)-[:MINTED_BY*1..]->(t)
WITH t, collect(d) AS descendants
FOREACH (x IN [t] + descendants | SET x.revoked = true, x.revokedAt = coalesce(x.revokedAt, datetime()))
RETURN t.id AS id, size(descendants) AS descendants
