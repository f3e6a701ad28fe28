// How many domain nodes the database holds; start-up seeds an empty graph. Users, tokens and
// sessions are not domain nodes (no :Entity), so creating a user first does not skip seeding.
MATCH (n:Entity)
RETURN count(n) AS count
