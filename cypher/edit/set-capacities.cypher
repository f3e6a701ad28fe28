// Replaces a project's capacities with the given list: a capacity with the same id (product and
// unit) is updated in place, so its sources and English name stay; the others are deleted.
// params: {"id": "pj.example", "capacities": [{"id": "pj.example#capacity-abc", "product": "电池片", "value": 5, "unit": "GW", "qualifier": "exact"}]}
MATCH (p:Project:Entity {id: $id})
OPTIONAL MATCH (p)-[:HAS_CAPACITY]->(old:Capacity)
WHERE NOT old.id IN [c IN $capacities | c.id]
DETACH DELETE old
WITH DISTINCT p
UNWIND $capacities AS c
MERGE (p)-[:HAS_CAPACITY]->(n:Capacity:Entity {id: c.id})
SET n += c
RETURN count(n) AS written
