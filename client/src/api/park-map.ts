// Operations and result types for a park's chain map (statuses, enterprises), the
// detail panel (`node`) and the park picker. Kept beside queries.ts/types.ts rather
// than inside them so parallel edits to those shared files do not collide.
import { graphqlRequest, type RequestOptions } from './client';

export type GapStatus = 'PRESENT' | 'PIPELINE' | 'MISSING';
export const GAP_STATUSES: readonly GapStatus[] = ['PRESENT', 'PIPELINE', 'MISSING'];

export function isGapStatus(value: unknown): value is GapStatus {
  return value === 'PRESENT' || value === 'PIPELINE' || value === 'MISSING';
}

/** chainMap's drawing elements (GraphNode / GraphEdge in the SDL). */
export interface GraphNode {
  id: string;
  type: string;
  kind: string | null;
  label: string;
  labelEn: string | null;
  stage: string | null;
  order: number | null;
  status: string | null;
  parentId: string | null;
  data: Record<string, unknown> | null;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  kind: string | null;
  inferred: boolean | null;
  crossChain: boolean | null;
}

export interface GraphElements {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
  /** chainMap with a park or region: the span of its dated evidence; null when nothing is dated. */
  dateRange?: { earliest: string; latest: string } | null;
}

export const CHAIN_MAP_QUERY = /* GraphQL */ `
  query ChainMap($chainId: ID!, $parkId: ID, $regionId: ID, $asOf: String) {
    chainMap(chainId: $chainId, parkId: $parkId, regionId: $regionId, asOf: $asOf, includeEnterprises: true) {
      truncated
      dateRange { earliest latest }
      nodes { id type kind label labelEn stage order status parentId data }
      edges { id source target type kind inferred crossChain }
    }
  }
`;

export interface ChainMapVariables {
  chainId: string;
  parkId?: string | null;
  regionId?: string | null;
  asOf?: string | null;
}

export async function fetchChainMap(variables: ChainMapVariables, options: RequestOptions = {}): Promise<GraphElements> {
  const data = await graphqlRequest<{ chainMap: GraphElements }>(CHAIN_MAP_QUERY, { ...variables }, options);
  return data.chainMap;
}

// ---- node(id): the detail panel ----

export interface SourceRef {
  id: string;
  title: string;
  titleEn: string | null;
  publisher: string | null;
  date: string | null;
  dateApprox: boolean;
  file: string | null;
  reference: string | null;
  kind: string;
}

export interface NamedRef {
  id: string;
  name: string;
  nameEn: string | null;
}

export interface SegmentLinkRef {
  inferred: boolean;
  basis: string | null;
  segment: NamedRef & { chainId: string };
}

export interface FigureRef {
  id: string;
  metric: string;
  metricEn: string | null;
  value: number;
  unit: string;
  period: string | null;
  qualifier: string;
}

export interface CapacityRef {
  id: string;
  product: string;
  productEn: string | null;
  value: number;
  unit: string;
  qualifier: string;
}

/** The fields of any concrete Node the panel knows; absent ones stay undefined. */
export interface NodeDetail {
  __typename: string;
  id: string;
  name?: string;
  nameEn?: string | null;
  title?: string;
  note?: string | null;
  // Enterprise
  roles?: string[];
  founded?: string | null;
  products?: string[] | null;
  park?: NamedRef | null;
  region?: NamedRef | null;
  segments?: SegmentLinkRef[];
  projects?: (NamedRef & { status?: string | null })[];
  figures?: FigureRef[];
  // Project
  status?: string | null;
  statusAsOf?: string | null;
  investmentCny?: number | null;
  landMu?: number | null;
  landM2?: number | null;
  investor?: NamedRef | null;
  investorName?: string | null;
  capacity?: CapacityRef[];
  dates?: Record<string, string | null> | null;
  // Park
  kind?: string;
  subParks?: NamedRef[];
  parent?: NamedRef | null;
  // Segment
  stage?: string;
  chainId?: string;
  enterpriseCount?: number;
  sources?: SourceRef[];
}

const SOURCE_FIELDS = 'id title titleEn publisher date dateApprox file reference kind';
const NAMED = 'id name nameEn';
const SEG_LINKS = `segments { inferred basis segment { ${NAMED} chainId } }`;
const FIGURES = 'figures { id metric metricEn value unit period qualifier }';

export const NODE_QUERY = /* GraphQL */ `
  query NodeDetail($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Cited { sources { ${SOURCE_FIELDS} } }
      ... on Enterprise {
        name nameEn note roles founded products
        park { ${NAMED} } region { ${NAMED} }
        ${SEG_LINKS} ${FIGURES}
        projects { ${NAMED} status }
      }
      ... on Project {
        name nameEn note status statusAsOf investmentCny landMu landM2 investorName
        investor { ${NAMED} } park { ${NAMED} } region { ${NAMED} }
        ${SEG_LINKS}
        capacity { id product productEn value unit qualifier }
        dates { signed fundsArrived started toppedOut trialProduction inProduction fullCapacity completed lost plannedStart plannedProduction plannedCompletion }
      }
      ... on Park {
        name nameEn note kind
        parent { ${NAMED} } region { ${NAMED} } subParks { ${NAMED} } ${FIGURES}
      }
      ... on Segment {
        name nameEn note stage chainId enterpriseCount segProducts: products
        projects { ${NAMED} status }
      }
      ... on Region { name nameEn }
      ... on Chain { name nameEn }
      ... on Institution { name nameEn note park { ${NAMED} } region { ${NAMED} } }
      ... on Source { title titleEn publisher date file }
    }
  }
`;

interface RawNode extends NodeDetail {
  segProducts?: string[] | null;
}

export async function fetchNode(id: string, options: RequestOptions = {}): Promise<NodeDetail | null> {
  const data = await graphqlRequest<{ node: RawNode | null }>(NODE_QUERY, { id }, options);
  const node = data.node;
  if (!node) return null;
  // Aliases avoid conflicting field types across fragments (Segment.products is nullable).
  const { segProducts, ...rest } = node;
  return segProducts !== undefined ? { ...rest, products: segProducts } : rest;
}

/** The public subset for anonymous users: a segment's names and sources. */
export const SEGMENT_PUBLIC_QUERY = /* GraphQL */ `
  query SegmentPublic($id: ID!) {
    segment(id: $id) {
      id name nameEn note stage chainId enterpriseCount products
      sources { ${SOURCE_FIELDS} }
    }
  }
`;

export async function fetchSegmentPublic(id: string, options: RequestOptions = {}): Promise<NodeDetail | null> {
  const data = await graphqlRequest<{ segment: Omit<NodeDetail, '__typename'> | null }>(SEGMENT_PUBLIC_QUERY, { id }, options);
  return data.segment ? { __typename: 'Segment', ...data.segment } : null;
}
