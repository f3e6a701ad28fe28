// Short names for the parts of generated operation results (src/gql/) that the
// views pass around. Derived from the generated types, never copied by hand: a
// schema or selection change reaches the views through `pnpm codegen`.
import type { AnalystResultFieldsFragment, ChainsQuery, HomeParksQuery, MeQuery, SavedQueriesQuery, SearchQuery } from '../../gql/graphql';

export type { ParkKind, Role, SearchType, Stage } from '../../gql/graphql';

/** Stages in upstream → downstream order (the graph core's list). */
export { STAGES } from '../../graph/types';

// ---- Chains (queries.ts CHAINS_QUERY) ----

export type Chain = ChainsQuery['chains'][number];
export type Segment = Chain['segments'][number];
export type Flow = Chain['flows'][number];
/** A flow endpoint; may belong to another chain when the flow is cross-chain. */
export type FlowEnd = Chain['flows'][number]['from'];

/** A GraphQL error entry as returned in the response's `errors` array (transport, not schema). */
export interface GraphQLErrorEntry {
  message: string;
  path?: (string | number)[];
  extensions?: Record<string, unknown>;
}

// ---- App shell: session, search, start page ----

/** Who a request runs as (`me`); null when anonymous. */
export type Me = NonNullable<MeQuery['me']>;
export type SearchHit = SearchQuery['search']['edges'][number]['node'];
/** A park as the start page shows it: counts include sub-parks (一区多园 roll-up). */
export type ParkSummary = HomeParksQuery['parksConnection']['edges'][number]['node'];

// ---- Analyst console ----

export type SavedQuery = SavedQueriesQuery['savedQueries'][number];
export type SavedQueryParam = SavedQuery['params'][number];

/**
 * A query answer as a table and as graph elements. `rows` is `[JSON!]!` in the
 * schema, which the generator can only type as unknown[]; the server documents
 * each as one array of values in column order, so that is narrowed here.
 */
export type AnalystResult = Omit<AnalystResultFieldsFragment, 'rows'> & { rows: unknown[][] };
