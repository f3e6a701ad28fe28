// Parks × segments on one chain, for the compare view.
import { graphqlRequest, type RequestOptions } from '../../shared/api/client';
import { graphql } from '../../gql';

export const COMPARE_PARKS_QUERY = graphql(`
  query CompareParks($chainId: ID!, $parkIds: [ID!]!, $asOf: String) {
    compareParks(chainId: $chainId, parkIds: $parkIds, asOf: $asOf) {
      segments { id name nameEn stage order parentId }
      rows { park { id name nameEn } completeness { score } statuses }
    }
  }
`);

export const fetchCompareParks = (chainId: string, parkIds: string[], asOf: string | null, o: RequestOptions = {}) =>
  graphqlRequest(COMPARE_PARKS_QUERY, { chainId, parkIds, asOf }, o).then((d) => d.compareParks);
