// The audit trail of edits (Change nodes, written by the editor mutations). Not domain nodes:
// no :Entity label. History is read by target id, which outlives a deleted target.
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (n:Change) REQUIRE n.id IS UNIQUE;
CREATE INDEX change_target IF NOT EXISTS FOR (n:Change) ON (n.targetId);
