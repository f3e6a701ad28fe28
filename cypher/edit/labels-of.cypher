// The labels of a batch of ids, so an edit can check that every id it was given exists and is
// of the right type before it writes anything.
// params: {"ids": ["e.fulede", "s000"]}
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, labels(n) AS labels
