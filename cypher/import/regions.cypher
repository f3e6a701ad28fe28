// Provinces and cities with their parent, for placing a firm by the start of its full name.
// params: {}
MATCH (r:Region) WHERE r.level IN ['province', 'city']
RETURN r.id AS id, r.name AS name, r.level AS level, COLLECT { MATCH (r)-[:PART_OF]->(p:Region) RETURN p.id }[0] AS parentId
