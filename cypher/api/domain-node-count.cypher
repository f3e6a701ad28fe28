// How many domain nodes the database holds; start-up seeds an empty graph.
MATCH (n)
WHERE NOT n:Migration
RETURN count(n) AS count
