// A project's capacities as the audit record keeps them (before an edit replaces them).
// params: {"id": "pj.example"}
MATCH (:Project:Entity {id: $id})-[:HAS_CAPACITY]->(c:Capacity)
RETURN c.product AS product, c.value AS value, c.unit AS unit, coalesce(c.qualifier, 'exact') AS qualifier
ORDER BY c.product, c.unit
