// The nodes under the seed labels the loader must know about, so it can tell what to create,
// update, leave alone or delete (and refuse to take over nodes it did not make): every seeded
// node, and any node whose id the seeds use. Other nodes (a synthetic or imported graph's
// million firms) stay in the database: returning them all cost the 1M offline build ~15 s.
// `entity` is false for nodes written before the :Entity label existed; the loader rewrites them.
// params: {"labels": ["Park"], "ids": ["zs-hitech"]}
MATCH (n)
WHERE n.id IS NOT NULL AND any(l IN labels(n) WHERE l IN $labels)
  AND (n.seeded = true OR n.id IN $ids)
RETURN elementId(n) AS elementId, [l IN labels(n) WHERE l IN $labels] AS labels, n.id AS id,
       n.seeded = true AS seeded, n.seedHash AS seedHash, n:Entity AS entity
