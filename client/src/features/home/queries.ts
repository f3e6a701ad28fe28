// The start page's parks with their key figures.
import { graphql } from '../../gql';

export const HOME_PARKS_QUERY = graphql(`
  query HomeParks {
    parks {
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
`);
