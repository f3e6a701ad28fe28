// How many accounts exist; start-up creates the first admin when there are none.
MATCH (u:User)
RETURN count(u) AS count
