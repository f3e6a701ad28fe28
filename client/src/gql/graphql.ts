/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Domain node types, for restricting graph shapes. */
export type NodeType =
  /** Only when asked for. */
  | 'CAPACITY'
  | 'CHAIN'
  | 'ENTERPRISE'
  /** Only when asked for. */
  | 'FIGURE'
  | 'INSTITUTION'
  | 'PARK'
  | 'PROJECT'
  | 'REGION'
  | 'SEGMENT'
  /** Only when asked for. */
  | 'SOURCE';

export type Stage =
  /** 下游 */
  | 'DOWNSTREAM'
  /** 中游 */
  | 'MIDSTREAM'
  /** 上游 */
  | 'UPSTREAM';

export type ExploreNeighborhoodQueryVariables = Exact<{
  id: string | number;
  depth?: number | null | undefined;
  types?: Array<NodeType> | NodeType | null | undefined;
  limit?: number | null | undefined;
}>;


export type ExploreNeighborhoodQuery = { neighborhood: { truncated: boolean, nodes: Array<{ id: string, type: string, label: string, labelEn: string | null, stage: string | null }>, edges: Array<{ id: string, source: string, target: string, type: string, crossChain: boolean | null, inferred: boolean | null }> } | null };

export type ExplorePathsQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  maxLength?: number | null | undefined;
  limit?: number | null | undefined;
}>;


export type ExplorePathsQuery = { paths: { truncated: boolean, nodes: Array<{ id: string, type: string, label: string, labelEn: string | null, stage: string | null }>, edges: Array<{ id: string, source: string, target: string, type: string, crossChain: boolean | null, inferred: boolean | null }> } };

export type ChainsQueryVariables = Exact<{ [key: string]: never; }>;


export type ChainsQuery = { chains: Array<{ id: string, name: string, nameEn: string | null, description: string | null, descriptionEn: string | null, segments: Array<{ id: string, name: string, nameEn: string | null, stage: Stage, order: number, parentId: string | null, enterpriseCount: number }>, flows: Array<{ fromId: string, toId: string, crossChain: boolean, from: { id: string, name: string, nameEn: string | null, chainId: string, stage: Stage, order: number }, to: { id: string, name: string, nameEn: string | null, chainId: string, stage: Stage, order: number } }> }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const ExploreNeighborhoodDocument = new TypedDocumentString(`
    query ExploreNeighborhood($id: ID!, $depth: Int, $types: [NodeType!], $limit: Int) {
  neighborhood(id: $id, depth: $depth, types: $types, limit: $limit) {
    nodes {
      id
      type
      label
      labelEn
      stage
    }
    edges {
      id
      source
      target
      type
      crossChain
      inferred
    }
    truncated
  }
}
    `) as unknown as TypedDocumentString<ExploreNeighborhoodQuery, ExploreNeighborhoodQueryVariables>;
export const ExplorePathsDocument = new TypedDocumentString(`
    query ExplorePaths($from: ID!, $to: ID!, $maxLength: Int, $limit: Int) {
  paths(from: $from, to: $to, maxLength: $maxLength, limit: $limit) {
    nodes {
      id
      type
      label
      labelEn
      stage
    }
    edges {
      id
      source
      target
      type
      crossChain
      inferred
    }
    truncated
  }
}
    `) as unknown as TypedDocumentString<ExplorePathsQuery, ExplorePathsQueryVariables>;
export const ChainsDocument = new TypedDocumentString(`
    query Chains {
  chains {
    id
    name
    nameEn
    description
    descriptionEn
    segments {
      id
      name
      nameEn
      stage
      order
      parentId
      enterpriseCount
    }
    flows {
      fromId
      toId
      crossChain
      from {
        id
        name
        nameEn
        chainId
        stage
        order
      }
      to {
        id
        name
        nameEn
        chainId
        stage
        order
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ChainsQuery, ChainsQueryVariables>;