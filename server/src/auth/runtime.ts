// What the sign-in mutations need beyond the shared Context: the app's failure limiters and
// session lifetime, and the caller's address. createApp puts it on the context as `auth`
// (yoga merges extra context fields); `authOf(ctx)` reads it back with its type.
import type { Context } from '../context.js';
import { FailureLimiter } from './rate-limit.js';

export interface AuthSettings {
  /** How long a sign-in session lasts. */
  sessionTtlSeconds: number;
  /** Failed sign-ins per username, and per client address, in a 15-minute window. */
  maxFailuresPerUser?: number;
  maxFailuresPerAddress?: number;
}

export interface AuthRuntime {
  sessionTtlSeconds: number;
  byUser: FailureLimiter;
  byAddress: FailureLimiter;
}

export interface RequestAuth extends AuthRuntime {
  /** The TCP peer (no proxy headers are trusted); "local" for in-process requests. */
  clientAddress: string;
}

const window = 15 * 60_000;

export function createAuthRuntime(settings: AuthSettings): AuthRuntime {
  return {
    sessionTtlSeconds: settings.sessionTtlSeconds,
    byUser: new FailureLimiter({ max: settings.maxFailuresPerUser ?? 5, windowMs: window }),
    byAddress: new FailureLimiter({ max: settings.maxFailuresPerAddress ?? 30, windowMs: window }),
  };
}

export function authOf(ctx: Context): RequestAuth {
  const auth = (ctx as Context & { auth?: RequestAuth }).auth;
  if (!auth) throw new Error('The request context has no auth runtime (createApp sets it).');
  return auth;
}
