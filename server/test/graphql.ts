// Runs GraphQL operations against the app in process (yoga.fetch), on the test database.
import type { Executor } from '../src/db/executor.js';
import { createApp } from '../src/yoga.js';

export interface GraphQLResponse<T> {
  status: number;
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export function graphqlClient(executor: Executor, opts: { production?: boolean } = {}) {
  const app = createApp({ executor, production: opts.production ?? false });
  return async function gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
    const res = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as Omit<GraphQLResponse<T>, 'status'>;
    return { status: res.status, ...body };
  };
}
