import { graphqlRequest, type RequestOptions } from './client';
import { graphql } from '../gql';
import type { Chain } from './types';

export const CHAINS_QUERY = graphql(`
  query Chains {
    chains {
      id
      name
      nameEn
      description
      descriptionEn
      segments { id name nameEn stage order parentId enterpriseCount }
      flows {
        fromId
        toId
        crossChain
        from { id name nameEn chainId stage order }
        to { id name nameEn chainId stage order }
      }
    }
  }
`);

export async function fetchChains(options: RequestOptions = {}): Promise<Chain[]> {
  const data = await graphqlRequest(CHAINS_QUERY, {}, options);
  return data.chains;
}

// ---- App shell: session, search, start page ----

export const ME_QUERY = /* GraphQL */ `
  query Me {
    me { username role }
  }
`;

export const SIGN_IN_MUTATION = /* GraphQL */ `
  mutation SignIn($username: String!, $password: String!) {
    signIn(username: $username, password: $password) {
      token
      expiresAt
      me { username role }
    }
  }
`;

export const SIGN_OUT_MUTATION = /* GraphQL */ `
  mutation SignOut {
    signOut
  }
`;

export const SEARCH_QUERY = /* GraphQL */ `
  query Search($text: String!, $first: Int) {
    search(text: $text, first: $first) {
      totalCount
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
`;

export const HOME_PARKS_QUERY = /* GraphQL */ `
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
`;

// ---- Analyst console ----

export const SAVED_QUERIES_QUERY = /* GraphQL */ `
  query SavedQueries {
    savedQueries { id title titleEn description params { name type required default description } }
  }
`;

const ANALYST_RESULT_FIELDS = /* GraphQL */ `
  columns rows rowCount truncated ms
  graph { truncated nodes { id label labelEn type kind } edges { id source target type } }
`;

export const RUN_SAVED_QUERY = /* GraphQL */ `
  query RunSavedQuery($id: ID!, $params: JSON) {
    runSavedQuery(id: $id, params: $params) { ${ANALYST_RESULT_FIELDS} }
  }
`;

export const CYPHER_QUERY = /* GraphQL */ `
  query Cypher($query: String!, $params: JSON) {
    cypher(query: $query, params: $params) { ${ANALYST_RESULT_FIELDS} }
  }
`;
