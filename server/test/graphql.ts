// Runs GraphQL operations against the app in process (yoga.fetch), on the test database.
import type { Viewer } from '../src/auth/viewer.js';
import type { Executor } from '../src/db/executor.js';
import { createApp } from '../src/yoga.js';

/** A signed-in viewer of the given role, for tests that are not about sign-in itself. */
export function testViewer(role: Viewer['role']): Viewer {
  return { role, userId: role ? `test-${role}` : null, name: role ? `test ${role}` : 'anonymous' };
}

export interface GraphQLResponse<T> {
  status: number;
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export function graphqlClient(executor: Executor, opts: { production?: boolean; viewer?: Viewer } = {}) {
  const viewer = opts.viewer ?? testViewer('viewer');
  const app = createApp({ executor, production: opts.production ?? false, viewerFor: () => viewer });
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
