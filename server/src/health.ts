// Liveness and readiness, kept apart: /healthz says the Node process serves HTTP (a process
// manager restarts it when not), /readyz says each database answers `RETURN 1` within a short
// time (a load balancer stops sending traffic when not). /healthz never touches a database, so
// a database outage does not get a healthy Node process restarted for nothing.
import type { Executor } from './db/executor.js';

export interface ReadinessCheck {
  ok: boolean;
  ms: number;
  /** Why it is not ready (a code, never a stack). */
  error?: string;
}

export interface Readiness {
  ready: boolean;
  checks: Record<string, ReadinessCheck>;
}

export type ReadinessProbe = () => Promise<Readiness>;

const DEFAULT_TIMEOUT_MS = 2_000;

async function check(db: Executor, timeoutMs: number): Promise<ReadinessCheck> {
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  // Known down (supervised restart): answer without waiting on the driver.
  if (!db.isUp) return { ok: false, ms: 0, error: 'DATABASE_UNAVAILABLE' };
  let timer: NodeJS.Timeout | undefined;
  try {
    const ok = await Promise.race([
      db.read<{ ok: number }>('health/ping', {}, { timeoutMs }).then((rows) => rows[0]?.ok === 1),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(Object.assign(new Error('timeout'), { code: 'TIMEOUT' })), timeoutMs);
      }),
    ]);
    return ok ? { ok, ms: ms() } : { ok, ms: ms(), error: 'UNEXPECTED_ANSWER' };
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    return { ok: false, ms: ms(), error: typeof code === 'string' ? code : 'ERROR' };
  } finally {
    clearTimeout(timer);
  }
}

/** A probe that asks every named database in parallel; ready when all answer. */
export function readinessProbe(databases: Record<string, Executor>, timeoutMs = DEFAULT_TIMEOUT_MS): ReadinessProbe {
  return async () => {
    const names = Object.keys(databases);
    const results = await Promise.all(names.map((n) => check(databases[n]!, timeoutMs)));
    const checks = Object.fromEntries(names.map((n, i) => [n, results[i]!]));
    return { ready: results.every((r) => r.ok), checks };
  };
}
