// The element shape every graph-drawing answer has (neighbourhoods, paths, chain maps): nodes and
// edges a client hands to Cytoscape as `{ data: node }` / `{ data: edge }` without reshaping.
// The optional fields cover both uses: domain neighbourhoods (type, data) and chain maps (kind,
// stage, order, status, parentId, crossChain). schema/graph-elements.ts declares them in GraphQL.
import type { DateRange } from './date-range.js';
import type { Completeness } from './gap.js';
import { apiNodeLabels } from './vocabulary.js';

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
  /** chainMap with a park or region only: the completeness rule of gap.ts over these statuses. */
  completeness?: Completeness | null;
  /** chainMap with a park or region only: which place the statuses are for, by name. */
  scope?: { kind: 'park' | 'region'; id: string; name: string; nameEn?: string | null } | null;
}

/** A node row as the reads return it: its properties, and its Neo4j labels. */
export interface LabelledRow {
  id: string;
  __labels?: string[];
}

/** The GraphQL type of a row from its labels, or null when it is not a domain node. */
export function typeNameOf(row: LabelledRow): string | null {
  return row.__labels?.find((l) => (apiNodeLabels as readonly string[]).includes(l)) ?? null;
}

type Props = Record<string, unknown>;
const HIDDEN = new Set(['id', 'seeded', 'seedHash', '__labels', '__rel']);

/** A domain node as a drawable node: label from name (or title, metric, product). */
export function toGraphNode(row: LabelledRow): GraphNodeRow {
  const p = row as unknown as Props;
  const first = (...keys: string[]) => keys.map((k) => p[k]).find((v) => typeof v === 'string') ?? null;
  const data = Object.fromEntries(Object.entries(p).filter(([k]) => !HIDDEN.has(k)));
  const drawn = drawnNode([
    row.id,
    row.__labels ?? [],
    first('name', 'title', 'metric', 'product'),
    first('nameEn', 'titleEn', 'metricEn', 'productEn'),
    p.kind,
    p.stage,
    p.order,
    p.status,
  ]);
  return { ...drawn, data };
}

/** A node as api/neighborhood sends it when no `data` is asked for: what toGraphNode would draw. */
export type DrawnNodeTuple = [
  id: string,
  labels: string[],
  label: unknown,
  labelEn: unknown,
  kind: unknown,
  stage: unknown,
  order: unknown,
  status: unknown,
];

/** A node as drawn: type from its labels, label falling back to the id; `data` null (not read). */
export function drawnNode([id, labels, label, labelEn, kind, stage, order, status]: DrawnNodeTuple): GraphNodeRow {
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  const type = typeNameOf({ id, __labels: labels }) ?? labels.find((l) => l !== 'Entity') ?? 'Entity';
  return {
    id,
    type,
    label: str(label) ?? id,
    labelEn: str(labelEn),
    kind: type === 'Park' || type === 'Institution' || type === 'Source' ? str(kind) : null,
    stage: str(stage),
    order: typeof order === 'number' ? order : null,
    status: str(status),
    parentId: null,
    data: null,
  };
}

/** An edge as api/neighborhood sends it when no `data` is asked for. */
export type DrawnEdgeTuple = [source: string, target: string, type: string, crossChain: unknown, inferred: unknown];

/** An edge as drawn; `data` null (not read). */
export function drawnEdge([source, target, type, crossChain, inferred]: DrawnEdgeTuple): GraphEdgeRow {
  return {
    id: `${source}|${type}|${target}`,
    source,
    target,
    type,
    kind: null,
    crossChain: typeof crossChain === 'boolean' ? crossChain : null,
    inferred: typeof inferred === 'boolean' ? inferred : null,
    data: null,
  };
}

export interface EdgeRow {
  source: string;
  target: string;
  type: string;
  props: Props | null;
}

export function toGraphEdge(e: EdgeRow): GraphEdgeRow {
  const props = e.props ?? {};
  return { ...drawnEdge([e.source, e.target, e.type, props.crossChain, props.inferred]), data: props };
}

/** Each edge once (by id), first seen first. */
export function dedupe(edges: GraphEdgeRow[]): GraphEdgeRow[] {
  const byId = new Map<string, GraphEdgeRow>();
  for (const e of edges) if (!byId.has(e.id)) byId.set(e.id, e);
  return [...byId.values()];
}
