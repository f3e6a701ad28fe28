// Per-client budgets: one token bucket per client key, in this process's memory. Several server
// processes behind a balancer each keep their own buckets (a client gets N times the budget);
// that is documented in docs/security.md rather than solved with a shared store.

export interface BucketSettings {
  /** Most cost a client can spend at once (a full bucket). */
  capacity: number;
  /** Cost units given back per second. */
  refillPerSecond: number;
  /** Most clients remembered; beyond it the fullest (least recently charged) are forgotten. */
  maxClients?: number;
}

export type Take = { ok: true; remaining: number } | { ok: false; available: number; retryAfterSeconds: number };

export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(readonly settings: BucketSettings) {}

  /** Charges `cost` to `key` if the bucket holds it; otherwise charges nothing. */
  take(key: string, cost: number, now = Date.now()): Take {
    const { capacity, refillPerSecond } = this.settings;
    const b = this.buckets.get(key);
    const tokens = b ? Math.min(capacity, b.tokens + ((now - b.at) / 1000) * refillPerSecond) : capacity;
    if (tokens < cost) {
      return { ok: false, available: Math.floor(tokens), retryAfterSeconds: Math.max(1, Math.ceil((cost - tokens) / refillPerSecond)) };
    }
    // Re-inserted so the Map's order is least recently charged first (eviction order).
    this.buckets.delete(key);
    this.buckets.set(key, { tokens: tokens - cost, at: now });
    this.evict();
    return { ok: true, remaining: Math.floor(tokens - cost) };
  }

  get size(): number {
    return this.buckets.size;
  }

  private evict(): void {
    const max = this.settings.maxClients ?? 50_000;
    for (const key of this.buckets.keys()) {
      if (this.buckets.size <= max) break;
      this.buckets.delete(key);
    }
  }
}
