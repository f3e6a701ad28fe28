// Notes when a token was last used (the caller does this at most once a minute per token).
// params: {"id": "tok-example"}
MATCH (t:ApiToken {id: $id})
SET t.lastUsedAt = datetime()
