// Every seeded node also carries the :Entity label (the API looks any node up by id without
// knowing its type). Ids are unique across all of them, which the seed validation also checks.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
