// A short-lived, process-wide memory of resolved sign-in sessions: every signed-in GraphQL
// request would otherwise start with a round trip to the credential store (a Neo4j of its own)
// before it can read the graph. An entry lives a few seconds and never past the session's own
// expiry; any change to accounts made through auth/accounts.ts (sign-out, role change, disable,
// new password, deleted user, revoked token) forgets every entry at once, so in this process such
// a change counts from the next request. A change made by another process (the user CLI,
// another server on the same store) counts within `ttlMs` (docs/security.md).
//
// Lookups of one session are shared while they run (`resolve`): when an entry runs out under
// load, 64 concurrent requests of one client make one round trip to the store, not 64.
import type { Viewer } from './viewer.js';

interface Entry {
  viewer: Viewer;
  until: number;
}

/** What a lookup in the credential store found: the viewer, and when the session expires. */
export interface Resolved {
  viewer: Viewer;
  expiresAtMs: number;
}

export class SessionCache {
  private readonly entries = new Map<string, Entry>();
  private readonly inflight = new Map<string, Promise<Viewer>>();
  /** Counts clears: a lookup that began before one must not store what it read (it may be stale). */
  private generation = 0;

  constructor(
    readonly ttlMs = 5_000,
    private readonly max = 10_000,
  ) {}

  /** The viewer of a session hash resolved less than ttlMs ago and not expired since, else undefined. */
  get(hash: string, now = Date.now()): Viewer | undefined {
    const e = this.entries.get(hash);
    if (!e) return undefined;
    if (now < e.until) return e.viewer;
    this.entries.delete(hash);
    return undefined;
  }

  /** Taken before the lookup, handed to `set`. */
  get version(): number {
    return this.generation;
  }

  /**
   * Remembers a resolved session until now + ttlMs or its expiry, whichever comes first, unless
   * the cache was cleared since `version` was taken (an account changed during the lookup).
   */
  set(hash: string, viewer: Viewer, expiresAtMs: number, version: number, now = Date.now()): void {
    const until = Math.min(now + this.ttlMs, expiresAtMs);
    if (version !== this.generation || this.ttlMs <= 0 || !(until > now)) return;
    this.entries.delete(hash);
    // Oldest first in a Map: past the bound, the longest-held entry goes.
    if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(hash, { viewer, until });
  }

  /**
   * The cached viewer, else the result of `lookup`, which runs once for all concurrent callers
   * of the same hash (its failure reaches all of them and is not remembered). A lookup that
   * began before a `clear` is not shared with callers that come after it.
   */
  resolve(hash: string, lookup: () => Promise<Resolved>): Promise<Viewer> {
    const cached = this.get(hash);
    if (cached) return Promise.resolve(cached);
    const running = this.inflight.get(hash);
    if (running) return running;
    const version = this.generation;
    const shared = lookup()
      .then(({ viewer, expiresAtMs }) => {
        this.set(hash, viewer, expiresAtMs, version);
        return viewer;
      })
      .finally(() => {
        if (this.inflight.get(hash) === shared) this.inflight.delete(hash);
      });
    this.inflight.set(hash, shared);
    return shared;
  }

  /** Forgets everything: an account, session or token changed. */
  clear(): void {
    this.generation++;
    this.entries.clear();
    this.inflight.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

/** The one cache of this process (authenticate.ts reads it, accounts.ts clears it). */
export const sessionCache = new SessionCache();
