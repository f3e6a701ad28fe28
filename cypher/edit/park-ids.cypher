// The parks a record is in (a firm's LOCATED_IN, a project's IN_PARK) with their parent parks:
// kept on the audit record of its deletion, so the audit view's park filter still finds it.
// params: {"id": "e.fulede"}
MATCH (n:Entity {id: $id})
RETURN [(n)-[:LOCATED_IN|IN_PARK]->(:Park)-[:SUB_PARK_OF*0..1]->(q:Park) | q.id] AS parkIds
