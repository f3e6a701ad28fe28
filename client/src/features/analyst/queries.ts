// The analyst console: saved queries and read-only Cypher, answering the same result shape.
import { graphql } from '../../gql';

export const SAVED_QUERIES_QUERY = graphql(`
  query SavedQueries {
    savedQueries { id title titleEn description params { name type required default description pick } }
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

/** What the pickers of saved-query parameters offer (`@chain`, `@park`, `@segment` in a header). */
export const PICK_OPTIONS_QUERY = graphql(`
  query AnalystPickOptions($segments: Boolean!) {
    chains { id name nameEn segments @include(if: $segments) { id name nameEn order parentId } }
  }
`);

/** Enterprises by name for the `@enterprise` picker. */
export const PICK_ENTERPRISE_QUERY = graphql(`
  query AnalystPickEnterprise($text: String!) {
    search(text: $text, first: 10, types: [ENTERPRISE]) { edges { node { id name nameEn } } }
  }
`);
