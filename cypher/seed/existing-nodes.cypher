// The nodes under the seed labels the loader must know about, so it can tell what to create,
// update, leave alone or delete (and refuse to take over nodes it did not make): every seeded
// node, and any node whose id the seeds use. Both are found by index (entity_seeded, and each
// seed label's id), never by reading every node: a scan cost the 1M offline build ~15 s when it
// returned the synthetic firms too, and still 1-4 s when it only filtered them (issue 15). The
// ids are looked up under each seed label rather than :Entity, so a node someone else wrote
// without it is still found and refused. One branch per label of seedLabels (to-graph.ts; the
// plan test checks the list).
// params: {"labels": ["Park"], "ids": ["zs-hitech"]}
CALL () {
  MATCH (n:Entity) WHERE n.seeded = true RETURN n
  UNION
  MATCH (n:Source) WHERE n.id IN $ids RETURN n
  UNION
  MATCH (n:Region) WHERE n.id IN $ids RETURN n
  UNION
  MATCH (n:Chain) WHERE n.id IN $ids RETURN n
  UNION
  MATCH (n:Segment) WHERE n.id IN $ids RETURN n
  UNION
  MATCH (n:Industry) WHERE n.id IN $ids RETURN n
  UNION
  MATCH (n:Park) WHERE n.id IN $ids RETURN n
  UNION
  MATCH (n:Enterprise) WHERE n.id IN $ids RETURN n
  UNION
  MATCH (n:Project) WHERE n.id IN $ids RETURN n
  UNION
  MATCH (n:Capacity) WHERE n.id IN $ids RETURN n
  UNION
  MATCH (n:Institution) WHERE n.id IN $ids RETURN n
  UNION
  MATCH (n:Figure) WHERE n.id IN $ids RETURN n
  UNION
  MATCH (n:Policy) WHERE n.id IN $ids RETURN n
}
WITH n
WHERE any(l IN labels(n) WHERE l IN $labels)
RETURN elementId(n) AS elementId, [l IN labels(n) WHERE l IN $labels] AS labels, n.id AS id,
       n.seeded = true AS seeded, n.seedHash AS seedHash
