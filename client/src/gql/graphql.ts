/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type RegionLevel =
  /** 市 */
  | 'CITY'
  /** 县 / 县级市 */
  | 'COUNTY'
  /** 区 */
  | 'DISTRICT'
  /** 省 */
  | 'PROVINCE';

export type Stage =
  /** 下游 */
  | 'DOWNSTREAM'
  /** 中游 */
  | 'MIDSTREAM'
  /** 上游 */
  | 'UPSTREAM';

export type ChainsQueryVariables = Exact<{ [key: string]: never; }>;


export type ChainsQuery = { chains: Array<{ id: string, name: string, nameEn: string | null, description: string | null, descriptionEn: string | null, segments: Array<{ id: string, name: string, nameEn: string | null, stage: Stage, order: number, parentId: string | null, enterpriseCount: number }>, flows: Array<{ fromId: string, toId: string, crossChain: boolean, from: { id: string, name: string, nameEn: string | null, chainId: string, stage: Stage, order: number }, to: { id: string, name: string, nameEn: string | null, chainId: string, stage: Stage, order: number } }> }> };

export type ScopeOptionsQueryVariables = Exact<{
  chainId?: string | number | null | undefined;
}>;


export type ScopeOptionsQuery = { parks: Array<{ id: string, name: string, nameEn: string | null, region: { id: string } | null }>, regions: Array<{ id: string, name: string, nameEn: string | null, level: RegionLevel, parent: { id: string } | null }> };

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
export const ScopeOptionsDocument = new TypedDocumentString(`
    query ScopeOptions($chainId: ID) {
  parks(chainId: $chainId) {
    id
    name
    nameEn
    region {
      id
    }
  }
  regions {
    id
    name
    nameEn
    level
    parent {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ScopeOptionsQuery, ScopeOptionsQueryVariables>;