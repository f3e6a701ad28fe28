// The process's Prometheus series (prom-client), served at /metrics (see http.ts and
// docs/deploy.md for the alerts worth setting on them). One registry per process.
//
// Other modules record through the functions below, never through prom-client directly, so the
// series names and labels stay in this file:
// - countRefusal(limit): a request refused by a limit (GraphQL depth/cost/aliases/…, batch size,
//   sign-in throttling, analyst row/time limits). `limit` is a short fixed name, never user input.
// - observeTransaction(...): called by the executor for every managed transaction.
import type { Driver } from 'neo4j-driver';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: 'chain_graph_' });

const seconds = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export const httpRequests = new Counter({
  name: 'chain_graph_http_requests_total',
  help: 'HTTP requests by route (graphql, static, metrics, health, other), method and status',
  labelNames: ['route', 'method', 'status'] as const,
  registers: [registry],
});
export const httpDuration = new Histogram({
  name: 'chain_graph_http_request_duration_seconds',
  help: 'HTTP request duration by route, until the response is finished',
  labelNames: ['route'] as const,
  buckets: seconds,
  registers: [registry],
});
export const graphqlOperations = new Counter({
  name: 'chain_graph_graphql_operations_total',
  help: 'Executed GraphQL operations by operation name and type (query, mutation)',
  labelNames: ['operation', 'type'] as const,
  registers: [registry],
});
export const graphqlDuration = new Histogram({
  name: 'chain_graph_graphql_operation_duration_seconds',
  help: 'GraphQL execution time by operation name and type',
  labelNames: ['operation', 'type'] as const,
  buckets: seconds,
  registers: [registry],
});
export const graphqlErrors = new Counter({
  name: 'chain_graph_graphql_errors_total',
  help: 'GraphQL errors in responses by extensions.code (UNCODED when there is none)',
  labelNames: ['code'] as const,
  registers: [registry],
});
export const refusals = new Counter({
  name: 'chain_graph_refusals_total',
  help: 'Requests refused by a limit, by limit name (see countRefusal)',
  labelNames: ['limit'] as const,
  registers: [registry],
});
export const dbTransactions = new Histogram({
  name: 'chain_graph_db_transaction_duration_seconds',
  help: 'Neo4j managed transactions: duration by access mode and outcome (ok or an error code)',
  labelNames: ['mode', 'outcome'] as const,
  buckets: seconds,
  registers: [registry],
});
export const dbActive = new Gauge({
  name: 'chain_graph_db_transactions_active',
  help: 'Neo4j transactions open right now',
  registers: [registry],
});

const names = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const knownOperations = new Set<string>();
const MAX_OPERATIONS = 300;

/**
 * An operation name as a label: the client's own names are a bounded set, but anyone can send
 * any name, so odd names and names past the first few hundred share one label.
 */
export function operationLabel(name: string | null | undefined): string {
  if (!name) return 'anonymous';
  if (!names.test(name)) return 'other';
  if (knownOperations.has(name)) return name;
  if (knownOperations.size >= MAX_OPERATIONS) return 'other';
  knownOperations.add(name);
  return name;
}

/** A request refused by `limit` (a fixed name such as "depth", "cost", "batch", "sign-in"). */
export function countRefusal(limit: string): void {
  refusals.inc({ limit });
}

export function observeTransaction(mode: 'read' | 'write', seconds: number, outcome: string): void {
  dbTransactions.observe({ mode, outcome }, seconds);
}

export function transactionStarted(): () => void {
  dbActive.inc();
  let done = false;
  return () => {
    if (!done) dbActive.dec();
    done = true;
  };
}

interface PoolInternals {
  _maxSize?: number;
  _activeResourceCounts?: Record<string, number>;
  _pools?: Record<string, unknown>;
  _acquireRequests?: Record<string, unknown>;
}

/**
 * The driver's connection pool, read at scrape time. neo4j-driver has no public pool API, so
 * this reads its internals defensively: a driver version that changes them reports nothing
 * rather than failing the scrape.
 */
export function watchPool(driver: Driver): void {
  const pool = () =>
    (driver as unknown as { _connectionProvider?: { _connectionPool?: PoolInternals } })._connectionProvider?._connectionPool;
  // Per-address entries: counts, arrays, or the driver's per-address pools (with a `length`).
  const size = (v: unknown) => (typeof v === 'number' ? v : Number((v as { length?: unknown } | null)?.length) || 0);
  const sum = (o: Record<string, unknown> | undefined) => Object.values(o ?? {}).reduce<number>((n, v) => n + size(v), 0);
  for (const [name, help, read] of [
    ['chain_graph_db_pool_in_use', 'Neo4j connections lent out now (all servers)', (p: PoolInternals) => sum(p._activeResourceCounts)],
    ['chain_graph_db_pool_idle', 'Neo4j connections idle in the pool (all servers)', (p: PoolInternals) => sum(p._pools)],
    ['chain_graph_db_pool_waiting', 'Requests waiting for a Neo4j connection', (p: PoolInternals) => sum(p._acquireRequests)],
    ['chain_graph_db_pool_max', 'Neo4j connection pool size limit per server', (p: PoolInternals) => p._maxSize ?? 0],
  ] as const) {
    registry.removeSingleMetric(name);
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        const p = pool();
        this.set(p ? read(p) : 0);
      },
    });
  }
}

const heavyWait = new Histogram({
  name: 'chain_graph_heavy_wait_seconds',
  help: 'Heavy operations (limits/admission.ts): time waited for a slot, by outcome (granted, queue-full, client-share, wait-timeout, aborted)',
  labelNames: ['outcome'] as const,
  buckets: seconds,
  registers: [registry],
});

/** One admission decision for a heavy operation (refusals are also counted as limit "heavy"). */
export function observeAdmission(waitedSeconds: number, outcome: string): void {
  heavyWait.observe({ outcome }, waitedSeconds);
  if (outcome !== 'granted' && outcome !== 'aborted') countRefusal('heavy');
}

/** Running and waiting heavy operations, read at scrape time from the admission gate. */
export function watchAdmission(gate: { active: number; waiting: number }): void {
  for (const [name, help, read] of [
    ['chain_graph_heavy_in_flight', 'Heavy operations running now', () => gate.active],
    ['chain_graph_heavy_queue_depth', 'Heavy operations waiting for a slot now', () => gate.waiting],
  ] as const) {
    registry.removeSingleMetric(name);
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        this.set(read());
      },
    });
  }
}
