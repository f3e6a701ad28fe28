// A short-lived, process-wide memory of resolved sign-in sessions: every signed-in GraphQL
// request would otherwise start with a round trip to the credential store (a Neo4j of its own)
// before it can read the graph. An entry lives a few seconds and never past the session's own
// expiry; any change to accounts made through auth/accounts.ts (sign-out, role change, disable,
// new password, deleted user, revoked token) forgets every entry at once, so in this process such
// a change counts from the next request. A change made by another process (the user CLI,
// another server on the same store) counts within `ttlMs` (docs/security.md).
import type { Viewer } from './viewer.js';

interface Entry {
  viewer: Viewer;
  until: number;
}

export class SessionCache {
  private readonly entries = new Map<string, Entry>();
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

  /** Forgets everything: an account, session or token changed. */
  clear(): void {
    this.generation++;
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

/** The one cache of this process (authenticate.ts reads it, accounts.ts clears it). */
export const sessionCache = new SessionCache();
