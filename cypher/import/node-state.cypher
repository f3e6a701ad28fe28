// What nodes hold before an import updates them: properties and the outgoing relationships of
// the types the importer manages, saved (as JSON, by the importer) so undo can restore them.
// params: {"ids": ["e.x"], "types": ["IN_SEGMENT"]}
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, properties(n) AS props,
  [(n)-[r]->(m:Entity) WHERE type(r) IN $types | {type: type(r), to: m.id, props: properties(r)}] AS rels
