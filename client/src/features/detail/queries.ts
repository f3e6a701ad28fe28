// The detail panel's operations: any node by id (`node`), and the public subset of a segment
// that anonymous users may read. Result types are derived from the generated ones (src/gql/).
import { graphqlRequest, type RequestOptions } from '../../shared/api/client';
import { graphql } from '../../gql';
import type { NodeDetailQuery, SegmentPublicQuery, SourceFieldsFragment } from '../../gql/graphql';

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
        name nameEn note roles founded products stockCode exchange listedOn
        industries { code name nameEn }
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
