// The start page's parks with their key figures, a page at a time (a national graph has
// thousands): the text filter and the cursor come from shared/api/use-park-pages.ts.
import { graphql } from '../../gql';

export const HOME_PARKS_QUERY = graphql(`
  query HomeParks($query: String, $first: Int!, $after: String, $chainId: ID, $regionId: ID) {
    parksConnection(query: $query, first: $first, after: $after, chainId: $chainId, regionId: $regionId) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id
          name
          nameEn
          kind
          parent { id }
          region { id name nameEn }
          enterprises(first: 0, includeSubParks: true) { totalCount }
          projects(first: 0, includeSubParks: true) { totalCount }
          chains { chain { id name nameEn } }
        }
      }
    }
  }
`);

/** Parks per page of the start page's table. */
export const HOME_PAGE_SIZE = 50;
