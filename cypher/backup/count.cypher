// How many nodes and relationships the database holds (a restore needs an empty one), but the
// graph's version mark (migration 009), which is not backed up.
CALL () { MATCH (n) WHERE NOT n:GraphState RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships
