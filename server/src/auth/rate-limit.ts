// Sign-in throttling, per account and per client address, in memory (one server process; behind
// several processes each keeps its own, see docs/security.md).
//
// The rule, for each key: the first `free` failures within the window cost nothing; after that
// every attempt waits `baseDelayMs · 2^(failures − free)` after the last failure, capped at
// `maxDelayMs`. Attempts still being checked (the password hash takes tens of ms) count as
// failures until they end, and the check-and-reserve is synchronous, so N concurrent attempts
// against a budget of 5 let at most 5 through to password checking. Past the free budget only one
// attempt per key is in flight at a time.
//
// Accounts get a short cap (30 s by default): an anonymous caller who knows the admin's name can
// slow the admin's sign-in by at most that much, never lock it out. Addresses get a long cap:
// that is the guesser's own budget. A success clears its account's failures, not its address's
// (else a guesser would interleave sign-ins to their own account).
import { isIPv4, isIPv6 } from 'node:net';

export interface ThrottleOptions {
  /** Failures within the window that cost nothing. */
  free: number;
  windowMs: number;
  /** Delay after the first failure past the free ones; doubles with each further failure. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Clock (tests). */
  now?: () => number;
}

interface Entry {
  failures: number[];
  inFlight: number;
}

export class FailureThrottle {
  private readonly entries = new Map<string, Entry>();
  private readonly now: () => number;

  constructor(readonly opts: ThrottleOptions) {
    this.now = opts.now ?? Date.now;
  }

  private entry(key: string): Entry {
    const since = this.now() - this.opts.windowMs;
    let e = this.entries.get(key);
    if (!e) {
      e = { failures: [], inFlight: 0 };
      this.entries.set(key, e);
      if (this.entries.size > 10_000) this.prune();
    }
    e.failures = e.failures.filter((t) => t > since);
    return e;
  }

  /** Milliseconds until `key` may try again; 0 when it may now. Reserves nothing. */
  retryAfterMs(key: string): number {
    const e = this.entry(key);
    const count = e.failures.length + e.inFlight;
    if (count < this.opts.free) return 0;
    const over = Math.max(0, e.failures.length - this.opts.free);
    const delay = Math.min(this.opts.baseDelayMs * 2 ** over, this.opts.maxDelayMs);
    const last = e.failures[e.failures.length - 1] ?? this.now();
    const wait = last + delay - this.now();
    // Past the free budget one attempt at a time: a second waits for the first's outcome.
    if (e.inFlight > 0) return Math.max(wait, this.opts.baseDelayMs);
    return Math.max(0, wait);
  }

  /** Counts an attempt as under way (call only after retryAfterMs said 0, in the same tick). */
  reserve(key: string): void {
    this.entry(key).inFlight++;
  }

  /** Ends a reserved attempt: a failure is remembered, a success clears the key if `clear`. */
  settle(key: string, outcome: 'failure' | 'success' | 'aborted', clear: boolean): void {
    const e = this.entry(key);
    e.inFlight = Math.max(0, e.inFlight - 1);
    if (outcome === 'failure') e.failures.push(this.now());
    else if (outcome === 'success' && clear) e.failures = [];
    if (e.failures.length === 0 && e.inFlight === 0) this.entries.delete(key);
  }

  private prune(): void {
    const since = this.now() - this.opts.windowMs;
    for (const [key, e] of this.entries) {
      if (e.inFlight === 0 && e.failures.every((t) => t <= since)) this.entries.delete(key);
    }
  }
}

/** One sign-in attempt's place in both throttles. */
export interface Attempt {
  /** Record the outcome (aborted: the check itself failed, e.g. the database); call once. */
  done(outcome: 'failure' | 'success' | 'aborted'): void;
}

/**
 * Checks both keys and reserves the attempt in both, synchronously (so atomically in Node);
 * returns the wait in ms instead when either key must wait.
 */
export function beginAttempt(
  byUser: FailureThrottle,
  userKey: string,
  byAddress: FailureThrottle,
  addressKey: string,
): { attempt: Attempt } | { waitMs: number } {
  const waitMs = Math.max(byUser.retryAfterMs(userKey), byAddress.retryAfterMs(addressKey));
  if (waitMs > 0) return { waitMs };
  byUser.reserve(userKey);
  byAddress.reserve(addressKey);
  let settled = false;
  return {
    attempt: {
      done(outcome) {
        if (settled) return;
        settled = true;
        byUser.settle(userKey, outcome, true);
        byAddress.settle(addressKey, outcome, false);
      },
    },
  };
}

/**
 * The throttle key for a client address: IPv4 as is, IPv6 by its /64 (one host usually has the
 * whole /64), IPv4-mapped IPv6 as IPv4, and every loopback address as one key (127.0.0.2 is the
 * same machine as 127.0.0.1).
 */
export function addressKey(address: string): string {
  let a = address.trim().toLowerCase();
  if (a.startsWith('::ffff:') && isIPv4(a.slice(7))) a = a.slice(7);
  if (isIPv4(a)) return a.startsWith('127.') ? 'loopback' : a;
  if (isIPv6(a)) {
    if (a === '::1') return 'loopback';
    const [head = '', tail = ''] = a.split('::');
    const left = head ? head.split(':') : [];
    const right = tail ? tail.split(':') : [];
    const groups = a.includes('::') ? [...left, ...Array(8 - left.length - right.length).fill('0'), ...right] : left;
    return `${groups
      .slice(0, 4)
      .map((g) => g.replace(/^0+(?=.)/, ''))
      .join(':')}::/64`;
  }
  return a;
}
