// Creates imported nodes: the label is one of the importer's fixed domain labels, never input.
// props carry importBatch and importHash, so the batch can be undone and edits detected.
// params: {"rows": []}
UNWIND $rows AS row
CREATE (n:$(row.label):Entity)
SET n = row.props
RETURN count(n) AS created
