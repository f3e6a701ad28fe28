// An edit that cites a source: the edited node cites it too (its `sources` field shows it).
// params: {"id": "e.fulede", "source": "s000"}
MATCH (n:Entity {id: $id}), (s:Source {id: $source})
MERGE (n)-[:CITED_IN]->(s)
RETURN count(*) AS cited
