// Operations (and short names for their generated result types) of a park's chain
// map (statuses, enterprises), the detail panel (`node`) and the park picker. Kept
// beside queries.ts/types.ts so parallel edits to those shared files do not collide.
import { graphqlRequest, type RequestOptions } from './client';
import { graphql } from '../gql';
import type {
  ChainMapQuery,
  ChainMapQueryVariables,
  NodeDetailQuery,
  SegmentPublicQuery,
  SourceFieldsFragment,
} from '../gql/graphql';
import type { GapStatus } from './park-types';

export { GAP_STATUSES, type GapStatus } from './park-types';

/** chainMap's `status` is a plain String in the schema (any drawn node may carry one). */
export function isGapStatus(value: unknown): value is GapStatus {
  return value === 'PRESENT' || value === 'PIPELINE' || value === 'MISSING';
}

/** chainMap's drawing elements (GraphNode / GraphEdge in the SDL). */
export type GraphElements = ChainMapQuery['chainMap'];

export const CHAIN_MAP_QUERY = graphql(`
  query ChainMap($chainId: ID!, $parkId: ID, $regionId: ID, $asOf: String) {
    chainMap(chainId: $chainId, parkId: $parkId, regionId: $regionId, asOf: $asOf, includeEnterprises: true, includeProjects: true) {
      truncated
      dateRange { earliest latest }
      nodes { id type kind label labelEn stage order status parentId data }
      edges { id source target type kind inferred crossChain }
    }
  }
`);

export async function fetchChainMap(variables: ChainMapQueryVariables, options: RequestOptions = {}): Promise<GraphElements> {
  const data = await graphqlRequest(CHAIN_MAP_QUERY, variables, options);
  return data.chainMap;
}

// ---- node(id): the detail panel ----

/** Anything the panel links to or names: the common shape of the nested refs it selects. */
export interface NamedRef {
  id: string;
  name: string;
  nameEn: string | null;
}

export type SourceRef = SourceFieldsFragment;

type RawNode = NonNullable<NodeDetailQuery['node']>;
type KeysOfUnion<T> = T extends unknown ? keyof T : never;
type ValueOfUnion<T, K extends PropertyKey> = T extends unknown ? (K extends keyof T ? T[K] : never) : never;
/** One object type with every field any member of the union has, each optional. */
type Flatten<T> = { [K in KeysOfUnion<T>]?: ValueOfUnion<T, K> };

/**
 * The panel's view of any node: the generated NodeDetail result is a union with one
 * member per node type; the panel reads whichever fields the node has, so it gets
 * them flattened (absent ones undefined). Segment's nullable `products` arrives
 * under the alias segProducts (it conflicts with Enterprise's) and is renamed back.
 * Anonymous users get the same shape from SegmentPublic.
 */
export type NodeDetail = { __typename: RawNode['__typename']; id: string } & Omit<
  Flatten<RawNode | NonNullable<SegmentPublicQuery['segment']>>,
  '__typename' | 'id' | 'segProducts'
>;

export const SOURCE_FIELDS = graphql(`
  fragment SourceFields on Source { id title titleEn publisher date dateApprox file reference kind }
`);

export const NODE_QUERY = graphql(`
  query NodeDetail($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Cited { sources { ...SourceFields } }
      ... on Enterprise {
        name nameEn note roles founded products
        park { id name nameEn } region { id name nameEn }
        segments { inferred basis segment { id name nameEn chainId } }
        figures { id metric metricEn value unit period qualifier }
        projects { id name nameEn status }
      }
      ... on Project {
        name nameEn note status statusAsOf investmentCny landMu landM2 investorName
        investor { id name nameEn } park { id name nameEn } region { id name nameEn }
        segments { inferred basis segment { id name nameEn chainId } }
        capacity { id product productEn value unit qualifier }
        dates {
          signed fundsArrived started toppedOut trialProduction inProduction fullCapacity completed lost
          plannedStart plannedProduction plannedCompletion
        }
      }
      ... on Park {
        name nameEn note kind
        parent { id name nameEn } region { id name nameEn } subParks { id name nameEn }
        figures { id metric metricEn value unit period qualifier }
      }
      ... on Segment {
        name nameEn note stage chainId enterpriseCount segProducts: products
        projects { id name nameEn status }
      }
      ... on Region { name nameEn }
      ... on Chain { name nameEn }
      ... on Institution { name nameEn note park { id name nameEn } region { id name nameEn } }
      ... on Source { title titleEn publisher date file }
    }
  }
`);

export async function fetchNode(id: string, options: RequestOptions = {}): Promise<NodeDetail | null> {
  const data = await graphqlRequest(NODE_QUERY, { id }, options);
  const node = data.node;
  if (!node) return null;
  // Aliases avoid conflicting field types across fragments (Segment.products is nullable).
  if (node.__typename !== 'Segment') return node;
  const { segProducts, ...rest } = node;
  return { ...rest, products: segProducts };
}

/** The public subset for anonymous users: a segment's names and sources. */
export const SEGMENT_PUBLIC_QUERY = graphql(`
  query SegmentPublic($id: ID!) {
    segment(id: $id) {
      id name nameEn note stage chainId enterpriseCount products
      sources { ...SourceFields }
    }
  }
`);

export async function fetchSegmentPublic(id: string, options: RequestOptions = {}): Promise<NodeDetail | null> {
  const data = await graphqlRequest(SEGMENT_PUBLIC_QUERY, { id }, options);
  return data.segment ? { __typename: 'Segment', ...data.segment } : null;
}
