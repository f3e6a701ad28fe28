// Operations of the app shell, the chain list and the analyst console. Each is a
// `graphql()` document: `pnpm codegen` types its result and variables from the
// committed server SDL (src/gql/), so no response type here is written by hand.
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

export const ME_QUERY = graphql(`
  query Me {
    me { username role }
  }
`);

export const SIGN_IN_MUTATION = graphql(`
  mutation SignIn($username: String!, $password: String!) {
    signIn(username: $username, password: $password) {
      token
      expiresAt
      me { username role }
    }
  }
`);

export const SIGN_OUT_MUTATION = graphql(`
  mutation SignOut {
    signOut
  }
`);

export const SEARCH_QUERY = graphql(`
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
`);

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

// ---- Analyst console ----

export const SAVED_QUERIES_QUERY = graphql(`
  query SavedQueries {
    savedQueries { id title titleEn description params { name type required default description } }
  }
`);

/** Both runners answer the same shape: one fragment keeps their selections (and types) equal. */
export const ANALYST_RESULT_FIELDS = graphql(`
  fragment AnalystResultFields on AnalystResult {
    columns rows rowCount truncated ms
    graph { truncated nodes { id label labelEn type kind } edges { id source target type } }
  }
`);

// The saved-query runner is not built at run time: the query is chosen by id and its
// parameters travel as one JSON variable, so the operation text is static and typed.
export const RUN_SAVED_QUERY = graphql(`
  query RunSavedQuery($id: ID!, $params: JSON) {
    runSavedQuery(id: $id, params: $params) { ...AnalystResultFields }
  }
`);

export const CYPHER_QUERY = graphql(`
  query Cypher($query: String!, $params: JSON) {
    cypher(query: $query, params: $params) { ...AnalystResultFields }
  }
`);
