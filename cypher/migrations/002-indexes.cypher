// Property indexes for the filters the UI offers. Small graph, so only where a filter or sort
// starts from the property. (Enterprise.roles is a list: Neo4j 5 RANGE indexes do not serve
// `'x' IN n.roles`, so it has none.)
CREATE INDEX project_status IF NOT EXISTS FOR (n:Project) ON (n.status);
CREATE INDEX segment_stage IF NOT EXISTS FOR (n:Segment) ON (n.stage);
CREATE INDEX park_kind IF NOT EXISTS FOR (n:Park) ON (n.kind);
CREATE INDEX park_level IF NOT EXISTS FOR (n:Park) ON (n.level);
CREATE INDEX region_level IF NOT EXISTS FOR (n:Region) ON (n.level);
CREATE INDEX institution_kind IF NOT EXISTS FOR (n:Institution) ON (n.kind);
CREATE INDEX source_kind IF NOT EXISTS FOR (n:Source) ON (n.kind);
CREATE INDEX figure_metric IF NOT EXISTS FOR (n:Figure) ON (n.metric);
