// Fault drills: a source document for the drill's edits to cite.
MATCH (s:Source)
RETURN s.id AS id
ORDER BY s.id
LIMIT 1
