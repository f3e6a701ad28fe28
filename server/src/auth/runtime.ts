// What the sign-in mutations need beyond the shared Context: the app's failure limiters and
// session lifetime, and the caller's address. createApp puts it on the context as `auth`
// (yoga merges extra context fields); `authOf(ctx)` reads it back with its type.
import type { Context } from '../context.js';
import { FailureThrottle } from './rate-limit.js';

export interface AuthSettings {
  /** How long a sign-in session lasts. */
  sessionTtlSeconds: number;
  /**
   * Failed sign-ins per username, and per client address, in a 15-minute window that cost
   * nothing; past them each attempt waits a doubling delay (rate-limit.ts).
   */
  maxFailuresPerUser?: number;
  maxFailuresPerAddress?: number;
  /** Cap of the per-account delay: what a stranger can make the real user wait, at most. */
  maxUserDelayMs?: number;
  /** Cap of the per-address delay. */
  maxAddressDelayMs?: number;
}

export interface AuthRuntime {
  sessionTtlSeconds: number;
  byUser: FailureThrottle;
  byAddress: FailureThrottle;
}

export interface RequestAuth extends AuthRuntime {
  /** The TCP peer (no proxy headers are trusted); "local" for in-process requests. */
  clientAddress: string;
}

const window = 15 * 60_000;

export function createAuthRuntime(settings: AuthSettings): AuthRuntime {
  return {
    sessionTtlSeconds: settings.sessionTtlSeconds,
    byUser: new FailureThrottle({
      free: settings.maxFailuresPerUser ?? 5,
      windowMs: window,
      baseDelayMs: 1_000,
      maxDelayMs: settings.maxUserDelayMs ?? 30_000,
    }),
    byAddress: new FailureThrottle({
      free: settings.maxFailuresPerAddress ?? 20,
      windowMs: window,
      baseDelayMs: 1_000,
      maxDelayMs: settings.maxAddressDelayMs ?? window,
    }),
  };
}

export function authOf(ctx: Context): RequestAuth {
  const auth = (ctx as Context & { auth?: RequestAuth }).auth;
  if (!auth) throw new Error('The request context has no auth runtime (createApp sets it).');
  return auth;
}
