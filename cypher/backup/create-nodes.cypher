// Restores a batch of nodes (labels and properties as they were); returns each one's new element
// id in the order given, so relationships can find their ends.
// params: {"rows": [{"labels": ["Example"], "props": {"id": "x"}}]}
UNWIND $rows AS row
CREATE (n:$(row.labels))
SET n = row.props
RETURN elementId(n) AS id
