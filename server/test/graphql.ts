// Runs GraphQL operations against the app in process (yoga.fetch), on the test database.
import type { Viewer } from '../src/auth/viewer.js';
import type { Executor } from '../src/db/executor.js';
import { sharedTestAuthExecutor } from './db.js';
import { createApp, type AppOptions } from '../src/yoga.js';

/** A signed-in viewer of the given role, for tests that are not about sign-in itself. */
export function testViewer(role: Viewer['role']): Viewer {
  return { role, userId: role ? `test-${role}` : null, name: role ? `test ${role}` : 'anonymous' };
}

export interface GraphQLResponse<T> {
  status: number;
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface ClientOptions extends Pick<AppOptions, 'publicRead' | 'limits' | 'auth'> {
  production?: boolean;
  /** Act as this viewer without credentials (default: a `viewer`-role user). */
  viewer?: Viewer;
  /**
   * Authenticate for real: send `Authorization: Bearer <token>` (an API token or session token)
   * and let the app resolve it. `null` sends no header (anonymous, subject to PUBLIC_READ).
   */
  token?: string | null;
  /** The credential store (default: the run's). */
  authExecutor?: Executor;
}

export function graphqlClient(executor: Executor, opts: ClientOptions = {}) {
  const viewer = opts.viewer ?? testViewer('viewer');
  const real = opts.token !== undefined;
  const app = createApp({
    executor,
    authExecutor: opts.authExecutor ?? sharedTestAuthExecutor(),
    production: opts.production ?? false,
    publicRead: opts.publicRead,
    limits: opts.limits,
    auth: opts.auth,
    viewerFor: real ? undefined : () => viewer,
  });
  return async function gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>> {
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };
    if (real && opts.token) headers.authorization = `Bearer ${opts.token}`;
    const res = await app.fetch('http://localhost/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as Omit<GraphQLResponse<T>, 'status'>;
    return { status: res.status, ...body };
  };
}
