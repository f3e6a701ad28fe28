// What the targets index (server/src/data/target-index.ts) keeps of every firm mapped to a segment:
// the parts of its target score that do not depend on the scope asked about, and where it lies.
// One row per firm, streamed. The server turns the facts into points with the domain rule
// (server/src/domain/targets.ts) so the rule is written once:
// - roles: its own roles; anchorOf: the chains it anchors (the role 'anchor' counts in those only)
// - listed: as the catalogue's "listed only" filter reads it (the role, or a stock code)
// - sales: its largest sales-like CNY figure, as target-candidates.cypher reads it (null: none)
// - capacity: a project of its states a capacity; kin: it has a parent or a subsidiary firm
// - regions: the cities and provinces above its parks and regions ({id, level})
// - segments: [segment id, chain id, inferred mapping] for each IN_SEGMENT link
// A firm with no segment is never a target by segment, so it is not read.
// params: {}
MATCH (e:Enterprise)
WHERE EXISTS { (e)-[:IN_SEGMENT]->(:Segment) }
RETURN e.id AS id,
  coalesce(e.roles, []) AS roles,
  'listed' IN coalesce(e.roles, []) OR e.stockCode IS NOT NULL AS listed,
  COLLECT { MATCH (e)-[:IN_CHAIN {anchor: true}]->(c:Chain) RETURN c.id } AS anchorOf,
  COLLECT {
    MATCH (e)-[:HAS_FIGURE]->(f:Figure)
    WHERE f.unit = 'CNY' AND coalesce(f.qualifier, 'exact') IN ['exact', 'about', 'over', 'at_least']
      AND (f.metric CONTAINS '销售' OR f.metric CONTAINS '营收' OR f.metric CONTAINS '产值')
    RETURN f.value AS v ORDER BY v DESC LIMIT 1
  }[0] AS sales,
  EXISTS { (e)<-[:BY]-(:Project)-[:HAS_CAPACITY]->(:Capacity) } AS capacity,
  EXISTS { (e)-[:SUBSIDIARY_OF]-(:Enterprise) } AS kin,
  COLLECT {
    MATCH (e)-[:LOCATED_IN]->(:Park)-[:SUB_PARK_OF*0..]->(:Park)-[:IN_REGION]->(:Region)-[:PART_OF*0..]->(a:Region)
    WHERE a.level IN ['city', 'province']
    RETURN {id: a.id, level: a.level} AS region
    UNION
    MATCH (e)-[:IN_REGION]->(:Region)-[:PART_OF*0..]->(a:Region)
    WHERE a.level IN ['city', 'province']
    RETURN {id: a.id, level: a.level} AS region
  } AS regions,
  COLLECT {
    MATCH (e)-[m:IN_SEGMENT]->(s:Segment)-[:OF_CHAIN]->(c:Chain)
    RETURN [s.id, c.id, coalesce(m.inferred, false) AND coalesce(m.fit, '') <> 'exact']
  } AS segments
