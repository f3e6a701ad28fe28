// The element shape every graph-drawing query returns (neighborhood, paths, chainMap): nodes and
// edges the client hands to Cytoscape as `{ data: node }` / `{ data: edge }` without reshaping.
// The optional fields cover both uses: domain neighbourhoods (type, data) and chain maps (kind,
// stage, order, status, parentId, crossChain).
import type { DateRange } from '../domain/date-range.js';
import { builder } from '../builder.js';
import { CompletenessRef } from './gap-types.js';

export type { GraphEdgeRow, GraphElementsRow, GraphNodeRow } from '../domain/graph-elements.js';
import type { GraphEdgeRow, GraphElementsRow, GraphNodeRow } from '../domain/graph-elements.js';

export const DateRangeRef = builder.objectRef<DateRange>('DateRange').implement({
  description: 'Earliest and latest stated date (YYYY, YYYY-MM or YYYY-MM-DD) of some evidence.',
  fields: (t) => ({
    earliest: t.exposeString('earliest'),
    latest: t.exposeString('latest'),
  }),
});

/** Arbitrary JSON (a node's or edge's extra properties), passed through as is. */
export const JsonScalar = builder.scalarType('JSON', {
  description: 'Any JSON value: extra properties of a graph element.',
  serialize: (v) => v,
  parseValue: (v) => v,
});

export const GraphNodeRef = builder.objectRef<GraphNodeRow>('GraphNode').implement({
  description: 'A node to draw; `id` is the domain node id (usable with `node(id)`).',
  fields: (t) => ({
    id: t.exposeID('id'),
    type: t.exposeString('type', { description: 'Domain type: Enterprise, Segment, Park, Chain …' }),
    label: t.exposeString('label', { description: 'Chinese name.' }),
    labelEn: t.exposeString('labelEn', { nullable: true }),
    kind: t.exposeString('kind', { nullable: true, description: 'A finer kind set by the query that drew it.' }),
    stage: t.exposeString('stage', { nullable: true, description: 'Segments: upstream, midstream or downstream.' }),
    order: t.exposeInt('order', { nullable: true, description: 'Segments: position upstream → downstream.' }),
    status: t.exposeString('status', { nullable: true }),
    parentId: t.exposeID('parentId', { nullable: true, description: 'Compound parent (sub-segment, sub-park).' }),
    data: t.field({ type: JsonScalar, nullable: true, resolve: (n) => n.data ?? null }),
  }),
});

export const GraphEdgeRef = builder.objectRef<GraphEdgeRow>('GraphEdge').implement({
  description: 'An edge to draw between two nodes of the same result.',
  fields: (t) => ({
    id: t.exposeID('id'),
    source: t.exposeID('source'),
    target: t.exposeID('target'),
    type: t.exposeString('type', { description: 'Relationship type: FEEDS, LOCATED_IN, IN_SEGMENT …' }),
    kind: t.exposeString('kind', { nullable: true }),
    crossChain: t.exposeBoolean('crossChain', { nullable: true, description: 'FEEDS between two chains.' }),
    inferred: t.exposeBoolean('inferred', { nullable: true }),
    data: t.field({ type: JsonScalar, nullable: true, resolve: (e) => e.data ?? null }),
  }),
});

type ScopeRow = NonNullable<GraphElementsRow['scope']>;
const ChainMapScopeRef = builder.objectRef<ScopeRow>('ChainMapScope').implement({
  description: 'The park or region a chain map is drawn for.',
  fields: (t) => ({
    kind: t.exposeString('kind', { description: 'park or region.' }),
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    nameEn: t.exposeString('nameEn', { nullable: true }),
  }),
});

export const GraphElementsRef = builder.objectRef<GraphElementsRow>('GraphElements').implement({
  description: 'Nodes and edges ready for Cytoscape; `truncated` when a limit cut the result.',
  fields: (t) => ({
    nodes: t.field({ type: [GraphNodeRef], resolve: (g) => g.nodes }),
    edges: t.field({ type: [GraphEdgeRef], resolve: (g) => g.edges }),
    truncated: t.exposeBoolean('truncated'),
    dateRange: t.field({
      type: DateRangeRef,
      nullable: true,
      description:
        'chainMap with a park or region: the span of the dated evidence behind the statuses (enterprise founding or first source, project lifecycle dates), whatever the asOf; null without a scope, without dates, and for other queries.',
      resolve: (g) => g.dateRange ?? null,
    }),
    scope: t.field({
      type: ChainMapScopeRef,
      nullable: true,
      description:
        'chainMap with a park or region: the place the statuses are for, with its name (public: a map that shows a park’s statuses names the park); null otherwise.',
      resolve: (g) => g.scope ?? null,
    }),
    completeness: t.field({
      type: CompletenessRef,
      nullable: true,
      description:
        'chainMap with a park or region: the completeness of the scope on the chain, by the same rule as gapReport and compareParks; null otherwise.',
      resolve: (g) => g.completeness ?? null,
    }),
  }),
});
