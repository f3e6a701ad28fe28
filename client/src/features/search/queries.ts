// The search box's (and the path finder's) name search.
import { graphql } from '../../gql';

export const SEARCH_QUERY = graphql(`
  query Search($text: String!, $first: Int) {
    search(text: $text, first: $first) {
      totalCount
      totalCountCapped
      edges {
        node {
          id
          type
          name
          nameEn
          score
          node { id ... on Segment { chainId } }
        }
      }
    }
  }
`);
