// Parks × segments on one chain, for the compare view.
import { graphql } from '../../gql';

export const COMPARE_PARKS_QUERY = graphql(`
  query CompareParks($chainId: ID!, $parkIds: [ID!]!, $asOf: String) {
    compareParks(chainId: $chainId, parkIds: $parkIds, asOf: $asOf) {
      segments { id name nameEn stage order parentId }
      rows { park { id name nameEn } completeness { score percent } statuses }
    }
  }
`);
