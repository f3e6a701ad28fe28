// The element shape every graph-drawing answer has (neighbourhoods, paths, chain maps): nodes and
// edges a client hands to Cytoscape as `{ data: node }` / `{ data: edge }` without reshaping.
// The optional fields cover both uses: domain neighbourhoods (type, data) and chain maps (kind,
// stage, order, status, parentId, crossChain). schema/graph-elements.ts declares them in GraphQL.
import type { DateRange } from './date-range.js';

type Maybe<T> = T | null | undefined;

export interface GraphNodeRow {
  id: string;
  /** Domain type (GraphQL type name / Neo4j label): Enterprise, Segment, Park … */
  type: string;
  label: string;
  labelEn?: Maybe<string>;
  /** A finer kind chosen by the producer (park kind, institution kind, segment status …). */
  kind?: Maybe<string>;
  stage?: Maybe<string>;
  order?: Maybe<number>;
  status?: Maybe<string>;
  parentId?: Maybe<string>;
  data?: Maybe<Record<string, unknown>>;
}

export interface GraphEdgeRow {
  id: string;
  source: string;
  target: string;
  /** Relationship type (FEEDS, LOCATED_IN …). */
  type: string;
  kind?: Maybe<string>;
  crossChain?: Maybe<boolean>;
  inferred?: Maybe<boolean>;
  data?: Maybe<Record<string, unknown>>;
}

export interface GraphElementsRow {
  nodes: GraphNodeRow[];
  edges: GraphEdgeRow[];
  truncated: boolean;
  /** chainMap with a park or region only. */
  dateRange?: DateRange | null;
}
