// Runs GraphQL operations against the app in process (yoga.fetch), on the test database.
import { expect } from 'vitest';
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

interface ConnectionPage<N> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: N }[];
}

/**
 * Every page of the top-level connection `field`, in order, `first` at a time: `document` takes
 * `$first` and `$after` besides `vars` and selects `totalCount pageInfo { hasNextPage endCursor }
 * edges { node { … } }`. Each page must answer without errors and with the same total.
 */
export async function walkConnection<N>(
  gql: ReturnType<typeof graphqlClient>,
  document: string,
  field: string,
  vars: Record<string, unknown>,
  first: number,
): Promise<{ total: number; nodes: N[]; pages: number }> {
  const nodes: N[] = [];
  let after: string | null = null;
  let total = -1;
  let pages = 0;
  for (;;) {
    const res: GraphQLResponse<Record<string, ConnectionPage<N>>> = await gql(document, { ...vars, first, after });
    expect(res.errors).toBeUndefined();
    const c = res.data![field]!;
    if (total >= 0) expect(c.totalCount, 'the total is the same on every page').toBe(total);
    total = c.totalCount;
    nodes.push(...c.edges.map((e) => e.node));
    pages++;
    if (!c.pageInfo.hasNextPage) return { total, nodes, pages };
    after = c.pageInfo.endCursor;
  }
}
