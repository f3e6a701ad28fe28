// The chain map of a park or region (statuses, local enterprises and projects, dated evidence).
import { graphqlRequest, type RequestOptions } from '../../shared/api/client';
import { graphql } from '../../gql';
import type { ChainMapQuery, ChainMapQueryVariables } from '../../gql/graphql';
import type { GapStatus } from '../../graph/types';

export { GAP_STATUSES, type GapStatus } from '../../graph/types';

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
      completeness { percent present pipeline missing }
      scope { kind id name nameEn }
      nodes { id type kind label labelEn stage order status parentId data }
      edges { id source target type kind inferred crossChain }
    }
  }
`);

export async function fetchChainMap(variables: ChainMapQueryVariables, options: RequestOptions = {}): Promise<GraphElements> {
  const data = await graphqlRequest(CHAIN_MAP_QUERY, variables, options);
  return data.chainMap;
}
