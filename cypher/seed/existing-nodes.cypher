// Every node with an id under one of the seed labels, seeded or not, so the loader can tell
// what to create, update, leave alone or delete (and refuse to take over nodes it did not make).
// `entity` is false for nodes written before the :Entity label existed; the loader rewrites them.
// params: {"labels": ["Park"]}
MATCH (n)
WHERE n.id IS NOT NULL AND any(l IN labels(n) WHERE l IN $labels)
RETURN elementId(n) AS elementId, [l IN labels(n) WHERE l IN $labels] AS labels, n.id AS id,
       n.seeded = true AS seeded, n.seedHash AS seedHash, n:Entity AS entity
