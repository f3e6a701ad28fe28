// A cap on analyst queries running at once, with a short queue. Neo4j bounds what it tracks
// (db.memory.transaction.max), but values built inside one expression — a string doubled by
// `reduce`, a list comprehension over a huge range — are allocated outside that tracker; a few
// of them at once can fill the JVM heap however the database is configured. So at most
// `maxConcurrent` run together; up to `maxQueued` more wait at most `maxWaitMs` for a slot;
// anything beyond is refused at once as busy (retryable), never left to pile up.
import { z } from 'zod';

export interface GateLimits {
  maxConcurrent: number;
  maxQueued: number;
  maxWaitMs: number;
}

/** Refused because every slot is taken and the queue is full (or the wait ran out). */
export class AnalystBusyError extends Error {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
    this.name = 'AnalystBusyError';
  }
}

interface Waiter {
  grant: () => void;
  timer: NodeJS.Timeout;
}

export class AnalystGate {
  private running = 0;
  private readonly queue: Waiter[] = [];

  constructor(readonly limits: GateLimits) {}

  get active(): number {
    return this.running;
  }

  get waiting(): number {
    return this.queue.length;
  }

  /** Runs `fn` when a slot is free; throws AnalystBusyError when none frees up in time. */
  async run<T>(fn: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      return await fn();
    } finally {
      this.release();
    }
  }

  private acquire(): Promise<void> {
    if (this.running < this.limits.maxConcurrent) {
      this.running++;
      return Promise.resolve();
    }
    const retryAfter = Math.max(1, Math.ceil(this.limits.maxWaitMs / 1000));
    if (this.queue.length >= this.limits.maxQueued) {
      return Promise.reject(
        new AnalystBusyError(
          `Analyst queries are busy: ${this.running} running and ${this.queue.length} waiting (limits ${this.limits.maxConcurrent} and ${this.limits.maxQueued}); try again shortly.`,
          retryAfter,
        ),
      );
    }
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        grant: () => {
          clearTimeout(waiter.timer);
          resolve();
        },
        timer: setTimeout(() => {
          const i = this.queue.indexOf(waiter);
          if (i >= 0) this.queue.splice(i, 1);
          reject(
            new AnalystBusyError(
              `Analyst queries are busy: no slot freed up within ${this.limits.maxWaitMs} ms (${this.limits.maxConcurrent} may run at once); try again shortly.`,
              retryAfter,
            ),
          );
        }, this.limits.maxWaitMs),
      };
      this.queue.push(waiter);
    });
  }

  private release(): void {
    const next = this.queue.shift();
    // The slot passes straight to the next waiter, so `running` stays the same.
    if (next) next.grant();
    else this.running--;
  }
}

const gateSchema = z.object({
  ANALYST_MAX_CONCURRENT: z.coerce.number().int().min(1).max(64).default(1),
  ANALYST_QUEUE_MAX: z.coerce.number().int().min(0).max(1000).default(8),
  ANALYST_QUEUE_WAIT_MS: z.coerce.number().int().min(0).max(60_000).default(5_000),
});

/** Limits from the environment (ANALYST_MAX_CONCURRENT, ANALYST_QUEUE_MAX, ANALYST_QUEUE_WAIT_MS). */
export function gateLimits(env: NodeJS.ProcessEnv = process.env): GateLimits {
  const parsed = gateSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid ${String(issue?.path[0])}: ${issue?.message}`);
  }
  return {
    maxConcurrent: parsed.data.ANALYST_MAX_CONCURRENT,
    maxQueued: parsed.data.ANALYST_QUEUE_MAX,
    maxWaitMs: parsed.data.ANALYST_QUEUE_WAIT_MS,
  };
}

let shared: AnalystGate | undefined;

/** The process-wide gate: every analyst query in this server shares the same JVM heap. */
export function analystGate(): AnalystGate {
  shared ??= new AnalystGate(gateLimits());
  return shared;
}
