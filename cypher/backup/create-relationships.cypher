// Restores a batch of relationships between restored nodes (by their new element ids).
// params: {"rows": [{"start": "4:x:0", "end": "4:x:1", "type": "EXAMPLE", "props": {}}]}
UNWIND $rows AS row
MATCH (a) WHERE elementId(a) = row.start
MATCH (b) WHERE elementId(b) = row.end
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
RETURN count(r) AS created
