// Server-wide admission control for heavy operations (analyses, scoped chain maps, targets …).
// Under load, letting every heavy request into Neo4j at once makes each of them slow, until all
// of them hit the transaction timeout together (the 64-client soak ended every gap report in
// QUERY_TIMEOUT). So at most `maxConcurrent` heavy operations run at once; up to `maxQueued` more
// wait at most `maxWaitMs`; anything beyond is refused at once with a retryable SERVER_BUSY
// rather than being started and timed out inside the database.
//
// Fairness: waiters are kept per client (the same key that pays the token-bucket budget,
// cost-plugin.ts `clientKey`) and a freed slot goes to the clients in turn (round robin), so one
// client flooding the queue delays others by at most one operation per turn. One client may hold
// at most `maxPerClient` places (running + waiting); past that only that client is refused.
import os from 'node:os';
import { z } from 'zod';

export interface AdmissionLimits {
  maxConcurrent: number;
  maxQueued: number;
  maxWaitMs: number;
  maxPerClient: number;
}

export type BusyReason = 'queue-full' | 'client-share' | 'wait-timeout' | 'aborted';

/** Refused: no slot now and no place in the queue (or the wait ran out). Retryable. */
export class ServerBusyError extends Error {
  constructor(
    message: string,
    readonly reason: BusyReason,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
    this.name = 'ServerBusyError';
  }
}

interface Waiter {
  key: string;
  grant: () => void;
  drop: (e: ServerBusyError) => void;
}

export interface AdmissionEvents {
  /** A wait ended (granted or refused), in seconds. */
  waited?: (seconds: number, outcome: 'granted' | BusyReason) => void;
}

export class AdmissionGate {
  private running = 0;
  private queued = 0;
  /** Waiters per client, in arrival order; the Map's key order is the round-robin turn. */
  private readonly queues = new Map<string, Waiter[]>();
  private readonly held = new Map<string, number>();

  constructor(
    readonly limits: AdmissionLimits,
    private readonly events: AdmissionEvents = {},
  ) {}

  get active(): number {
    return this.running;
  }

  get waiting(): number {
    return this.queued;
  }

  /** Runs `fn` when `key` gets a slot; throws ServerBusyError when it does not in time. */
  async run<T>(key: string, fn: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    await this.acquire(key, signal);
    try {
      return await fn();
    } finally {
      this.release(key);
    }
  }

  private retryAfter(): number {
    return Math.max(1, Math.ceil(this.limits.maxWaitMs / 1000));
  }

  private busy(reason: BusyReason, detail: string): ServerBusyError {
    return new ServerBusyError(
      `The server is busy with heavy analyses: ${detail}; try again in ${this.retryAfter()} s.`,
      reason,
      this.retryAfter(),
    );
  }

  private acquire(key: string, signal?: AbortSignal): Promise<void> {
    const { maxConcurrent, maxQueued, maxPerClient, maxWaitMs } = this.limits;
    const mine = this.held.get(key) ?? 0;
    if (mine >= maxPerClient) {
      this.events.waited?.(0, 'client-share');
      return Promise.reject(
        this.busy('client-share', `you already have ${mine} heavy operations running or waiting (limit ${maxPerClient} per client)`),
      );
    }
    if (this.running < maxConcurrent && this.queued === 0) {
      this.running++;
      this.held.set(key, mine + 1);
      this.events.waited?.(0, 'granted');
      return Promise.resolve();
    }
    if (this.queued >= maxQueued) {
      this.events.waited?.(0, 'queue-full');
      return Promise.reject(
        this.busy('queue-full', `${this.running} running and ${this.queued} waiting (limits ${maxConcurrent} and ${maxQueued})`),
      );
    }
    const started = performance.now();
    this.held.set(key, mine + 1);
    return new Promise<void>((resolve, reject) => {
      const onAbort = () => waiter.drop(this.busy('aborted', 'the request was abandoned while waiting'));
      const settle = (outcome: 'granted' | BusyReason) => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        this.events.waited?.((performance.now() - started) / 1000, outcome);
      };
      const waiter: Waiter = {
        key,
        grant: () => {
          settle('granted');
          resolve();
        },
        drop: (e) => {
          if (!this.unqueue(waiter)) return;
          this.held.set(key, (this.held.get(key) ?? 1) - 1);
          if (this.held.get(key)! <= 0) this.held.delete(key);
          settle(e.reason);
          reject(e);
        },
      };
      // Declared after the waiter it drops; settle() only runs once both exist.
      const timer = setTimeout(
        () => waiter.drop(this.busy('wait-timeout', `no slot freed up within ${maxWaitMs} ms (${maxConcurrent} run at once)`)),
        maxWaitMs,
      );
      signal?.addEventListener('abort', onAbort, { once: true });
      const list = this.queues.get(key);
      if (list) list.push(waiter);
      else this.queues.set(key, [waiter]);
      this.queued++;
    });
  }

  private unqueue(waiter: Waiter): boolean {
    const list = this.queues.get(waiter.key);
    const i = list?.indexOf(waiter) ?? -1;
    if (!list || i < 0) return false;
    list.splice(i, 1);
    if (list.length === 0) this.queues.delete(waiter.key);
    this.queued--;
    return true;
  }

  private release(key: string): void {
    const left = (this.held.get(key) ?? 1) - 1;
    if (left <= 0) this.held.delete(key);
    else this.held.set(key, left);
    // The next client in turn; it goes to the back of the turn order after being served.
    const next = this.queues.entries().next();
    if (next.done) {
      this.running--;
      return;
    }
    const [nextKey, list] = next.value;
    const waiter = list.shift()!;
    this.queues.delete(nextKey);
    if (list.length) this.queues.set(nextKey, list);
    this.queued--;
    // The slot passes straight to the waiter, so `running` stays the same.
    waiter.grant();
  }
}

const whole = (min: number, max: number) =>
  z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().int().min(min).max(max).optional());
const Env = z.object({
  HEAVY_MAX_CONCURRENT: whole(1, 256),
  HEAVY_QUEUE_MAX: whole(0, 10_000),
  HEAVY_QUEUE_WAIT_MS: whole(0, 120_000),
  HEAVY_MAX_PER_CLIENT: whole(1, 10_000),
});

/** Defaults: as many at once as the machine has cores (at least 2), 64 waiting for ≤ 10 s, 16 per client. */
export const defaultAdmission = (): AdmissionLimits => ({
  maxConcurrent: Math.max(2, os.availableParallelism()),
  maxQueued: 64,
  maxWaitMs: 10_000,
  maxPerClient: 16,
});

/** Limits from HEAVY_MAX_CONCURRENT, HEAVY_QUEUE_MAX, HEAVY_QUEUE_WAIT_MS, HEAVY_MAX_PER_CLIENT. */
export function admissionLimits(env: Record<string, string | undefined> = process.env): AdmissionLimits {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0]);
    throw new Error(`${name}=${JSON.stringify(env[name] ?? '')}: ${issue.message}`);
  }
  const d = defaultAdmission();
  const e = parsed.data;
  return {
    maxConcurrent: e.HEAVY_MAX_CONCURRENT ?? d.maxConcurrent,
    maxQueued: e.HEAVY_QUEUE_MAX ?? d.maxQueued,
    maxWaitMs: e.HEAVY_QUEUE_WAIT_MS ?? d.maxWaitMs,
    maxPerClient: e.HEAVY_MAX_PER_CLIENT ?? d.maxPerClient,
  };
}
