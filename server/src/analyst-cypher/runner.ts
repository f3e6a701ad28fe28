// Runs analyst Cypher: an ad-hoc query (checked by guard.ts first) or a saved query, in a READ
// transaction with a timeout and a row limit; the database adds its per-transaction memory
// limit (`db.memory.transaction.max`, set by the embedded launcher). Results come back as a
// table of JSON values and as graph elements.
import { z } from 'zod';
import { toDbError } from '../db/errors.js';
import { int, type Executor, type Params } from '../db/executor.js';
import type { GraphElementsRow } from '../schema/graph-elements.js';
import { GraphCollector, toJson } from './convert.js';
import { analystGate, type AnalystGate } from './gate.js';
import { checkPlan } from './guard.js';

export interface AnalystLimits {
  /** Transaction timeout for one ad-hoc analyst query. */
  timeoutMs: number;
  /**
   * Transaction timeout for a saved query: reviewed Cypher, but with variable-length patterns
   * that take a few seconds to plan on a cold, busy 2-core machine, so it gets more room.
   */
  savedTimeoutMs: number;
  /** Rows read at most; the rest is discarded and the result says `truncated`. */
  maxRows: number;
}

const limitsSchema = z.object({
  ANALYST_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(5_000),
  ANALYST_MAX_ROWS: z.coerce.number().int().min(1).max(100_000).default(1_000),
  ANALYST_SAVED_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(15_000),
});

/** Limits from the environment (ANALYST_QUERY_TIMEOUT_MS, ANALYST_SAVED_QUERY_TIMEOUT_MS, ANALYST_MAX_ROWS). */
export function analystLimits(env: NodeJS.ProcessEnv = process.env): AnalystLimits {
  const parsed = limitsSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid ${String(issue?.path[0])}: ${issue?.message}`);
  }
  return {
    timeoutMs: parsed.data.ANALYST_QUERY_TIMEOUT_MS,
    savedTimeoutMs: parsed.data.ANALYST_SAVED_QUERY_TIMEOUT_MS,
    maxRows: parsed.data.ANALYST_MAX_ROWS,
  };
}

export interface AnalystResult {
  columns: string[];
  /** One array per row, values in column order, JSON-safe. */
  rows: unknown[][];
  /** The nodes and relationships found in the values. */
  graph: GraphElementsRow;
  truncated: boolean;
  /** Wall time of the run (planning excluded), ms. */
  ms: number;
}

/**
 * JSON parameters as Cypher expects them: whole numbers become INTEGERs (JSON has one number
 * type and the driver would send them as FLOAT, which `LIMIT $n` or `range` refuse).
 */
export function driverParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return int(value);
  if (Array.isArray(value)) return value.map(driverParams);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, driverParams(v)]));
  }
  return value;
}

/** Plans the query and throws QueryRefused (guard.ts) unless it is a plain read. */
export async function assertReadOnly(db: Executor, query: string, params: Params): Promise<void> {
  const summary = await db.explain({ text: query, name: 'analyst/explain' }, params);
  checkPlan(summary, db.database);
}

/** Runs a statement in a READ transaction with the limits; no retries (see below). */
export async function runRead(
  db: Executor,
  query: { text: string; name: string } | string,
  params: Params,
  limits: AnalystLimits,
  gate: AnalystGate = analystGate(),
): Promise<AnalystResult> {
  let started = performance.now();
  const result = await gate.run(() => {
    started = performance.now();
    return db.transaction(
      'read',
      async (tx) => {
        try {
          return await tx.runLimited<Record<string, unknown>>(query, params, limits.maxRows);
        } catch (e) {
          // Mapped here, inside the callback: a DbError is not a driver error, so the driver does
          // not retry. Retrying a query that ran out of memory or time would only repeat it.
          throw toDbError(e, typeof query === 'string' ? query : query.name);
        }
      },
      { timeoutMs: limits.timeoutMs, name: typeof query === 'string' ? query : query.name, metadata: { analyst: true } },
    );
  });
  const ms = performance.now() - started;
  const graph = new GraphCollector();
  const rows = result.rows.map((r) =>
    result.columns.map((c) => {
      graph.add(r[c]);
      return toJson(r[c]);
    }),
  );
  return { columns: result.columns, rows, graph: graph.elements(result.truncated), truncated: result.truncated, ms };
}

/** An ad-hoc analyst query: checked with EXPLAIN, then run read-only with the limits. */
export async function runAnalystCypher(db: Executor, query: string, params: unknown, limits: AnalystLimits): Promise<AnalystResult> {
  const p = (driverParams(params ?? {}) ?? {}) as Params;
  await assertReadOnly(db, query, p);
  return runRead(db, { text: query, name: 'analyst/cypher' }, p, limits);
}
