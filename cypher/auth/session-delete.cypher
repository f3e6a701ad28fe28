// Ends a session (sign-out, or an expired one found at sign-in).
// params: {"id": "ses-example"}
MATCH (s:Session {id: $id})
DELETE s
RETURN count(*) AS deleted
