// /metrics in Prometheus text format: the named series appear with the labels a dashboard and
// the documented alerts (docs/deploy.md) use, fed by real requests through the HTTP server.
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedTestAuthExecutor, testExecutor } from '../../test/db.js';
import { testViewer } from '../../test/graphql.js';
import { createHttpServer } from '../http.js';
import { createApp } from '../yoga.js';
import { countRefusal, operationLabel, watchPool } from './metrics.js';
import { refusedLimit } from './graphql-metrics.js';

const db = testExecutor();
watchPool(db.driver);
const app = createApp({
  executor: db,
  authExecutor: sharedTestAuthExecutor(),
  production: true,
  viewerFor: () => testViewer('viewer'),
  limits: { maxDepth: 4 },
});
const open = createHttpServer(app, '/nonexistent');
const locked = createHttpServer(app, '/nonexistent', { metricsToken: 'scraper-token-0123456789' });
const base = (s: typeof open) => `http://127.0.0.1:${(s.address() as AddressInfo).port}`;

beforeAll(async () => {
  for (const s of [open, locked]) await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
});
afterAll(async () => {
  for (const s of [open, locked]) await new Promise((r) => s.close(r));
});

const gql = (query: string) =>
  fetch(`${base(open)}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });

/** The value of one series (labels in any order), or undefined. */
function value(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    const m = /^([a-z_:]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const have = Object.fromEntries([...(m[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((x) => [x[1], x[2]]));
    if (Object.entries(labels).every(([k, v]) => have[k] === v)) return Number(m[3]);
  }
  return undefined;
}

describe('/metrics', () => {
  it('counts operations by name, errors by code, refusals by limit, transactions and the pool', async () => {
    expect((await gql('query MetricsProbe { chains { id } }')).status).toBe(200);
    expect((await gql('query MetricsProbe { chains { id } }')).status).toBe(200);
    // Too deep for maxDepth 4: refused before execution.
    const codes = async (r: Response) =>
      ((await r.json()) as { errors: { extensions: { code: string } }[] }).errors.map((e) => e.extensions.code);
    expect(await codes(await gql('query TooDeep { chains { segments { upstream { upstream { upstream { id } } } } } }'))).toEqual([
      'QUERY_LIMIT_EXCEEDED',
    ]);
    expect(await codes(await gql('query Broken { noSuchField }'))).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    countRefusal('test-limit');

    const res = await fetch(`${base(open)}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    expect(value(text, 'chain_graph_graphql_operations_total', { operation: 'MetricsProbe', type: 'query' })).toBeGreaterThanOrEqual(2);
    expect(
      value(text, 'chain_graph_graphql_operation_duration_seconds_count', { operation: 'MetricsProbe', type: 'query' }),
    ).toBeGreaterThanOrEqual(2);
    expect(value(text, 'chain_graph_graphql_errors_total', { code: 'QUERY_LIMIT_EXCEEDED' })).toBeGreaterThanOrEqual(1);
    expect(value(text, 'chain_graph_graphql_errors_total', { code: 'GRAPHQL_VALIDATION_FAILED' })).toBeGreaterThanOrEqual(1);
    expect(value(text, 'chain_graph_refusals_total', { limit: 'depth' })).toBeGreaterThanOrEqual(1);
    expect(value(text, 'chain_graph_refusals_total', { limit: 'test-limit' })).toBe(1);
    expect(value(text, 'chain_graph_http_requests_total', { route: 'graphql', method: 'POST', status: '200' })).toBeGreaterThanOrEqual(2);
    expect(value(text, 'chain_graph_http_request_duration_seconds_count', { route: 'graphql' })).toBeGreaterThanOrEqual(4);
    expect(value(text, 'chain_graph_db_transaction_duration_seconds_count', { mode: 'read', outcome: 'ok' })).toBeGreaterThanOrEqual(2);
    expect(value(text, 'chain_graph_db_transactions_active')).toBe(0);
    expect(value(text, 'chain_graph_db_pool_idle')).toBeGreaterThanOrEqual(1);
    expect(value(text, 'chain_graph_db_pool_in_use')).toBe(0);
    expect(value(text, 'chain_graph_db_pool_max')).toBe(100);
    expect(value(text, 'chain_graph_process_resident_memory_bytes')).toBeGreaterThan(0);
    // The TooDeep operation was never executed, so it has no operation count.
    expect(value(text, 'chain_graph_graphql_operations_total', { operation: 'TooDeep' })).toBeUndefined();
  });

  it('is only for local scrapers without a token, and for the token holder with one', async () => {
    expect((await fetch(`${base(open)}/metrics`, { headers: { 'x-forwarded-for': '203.0.113.9' } })).status).toBe(403);
    expect((await fetch(`${base(locked)}/metrics`)).status).toBe(401);
    expect((await fetch(`${base(locked)}/metrics`, { headers: { authorization: 'Bearer wrong-token-0123456789' } })).status).toBe(401);
    expect((await fetch(`${base(locked)}/metrics`, { headers: { authorization: 'Bearer scraper-token-0123456789' } })).status).toBe(200);
  });

  it('keeps operation-name labels bounded and names the limit behind a refusal', () => {
    expect(operationLabel(undefined)).toBe('anonymous');
    expect(operationLabel('has space')).toBe('other');
    expect(operationLabel('ParkPage')).toBe('ParkPage');
    expect(refusedLimit({ message: 'Syntax Error: Token limit of 5000 exceeded.', extensions: {} })).toBe('tokens');
    expect(refusedLimit({ message: 'Too many failed sign-ins', extensions: { code: 'RATE_LIMITED' } })).toBe('sign-in');
    expect(refusedLimit({ message: 'Batching is limited to 10 operations per request.', extensions: {} })).toBe('batch');
    expect(refusedLimit({ message: 'Cannot query field', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })).toBeUndefined();
  });
});
