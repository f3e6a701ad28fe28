// Bearer credentials: 32 random bytes, base64url, with a prefix that says what they are
// (`cgt_` API token, `cgs_` sign-in session) so a leaked one is recognisable and the lookup
// knows where to look. Only the SHA-256 hash is stored: the database never holds a usable token.
import { createHash, randomBytes, randomUUID } from 'node:crypto';

export type CredentialKind = 'token' | 'session';

const prefixes: Record<CredentialKind, string> = { token: 'cgt_', session: 'cgs_' };

export function newCredential(kind: CredentialKind): { secret: string; hash: string } {
  const secret = prefixes[kind] + randomBytes(32).toString('base64url');
  return { secret, hash: hashCredential(secret) };
}

/** SHA-256 (hex). Enough for 256-bit random secrets: no salt or slow hash is needed. */
export function hashCredential(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Which kind a presented bearer token claims to be, or null for a malformed one. */
export function credentialKind(secret: string): CredentialKind | null {
  if (!/^cg[ts]_[A-Za-z0-9_-]{43}$/.test(secret)) return null;
  return secret.startsWith(prefixes.token) ? 'token' : 'session';
}

/** Ids for User / ApiToken / Session nodes (not domain ids: these never enter the graph API). */
export function newId(kind: 'user' | 'tok' | 'ses'): string {
  return `${kind}-${randomUUID()}`;
}
