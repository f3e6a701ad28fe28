// Who is asking: the request's `Authorization: Bearer <token>` (an API token or a sign-in
// session) resolved against the database, or anonymous without the header. A header that is
// present but wrong (unknown, revoked, expired, disabled user) is an error rather than a silent
// downgrade to anonymous, so a client notices its credentials stopped working.
import type { GraphQLError } from 'graphql';
import { graphqlError } from '../errors.js';
import type { Executor } from '../db/executor.js';
import { deleteSession } from './accounts.js';
import { sessionCache, type Resolved } from './session-cache.js';
import { credentialKind, hashCredential } from './tokens.js';
import { anonymous, isRole, weakerRole, type Role, type Viewer } from './viewer.js';

interface OwnerRow {
  id: string;
  username: string;
  role: Role;
  disabled: boolean;
}

/** Token lastUsedAt is written at most this often (a write per request would be wasteful). */
const touchEveryMs = 60_000;

export function unauthenticated(message: string): GraphQLError {
  return graphqlError('UNAUTHENTICATED', message, { http: { status: 401, headers: { 'www-authenticate': 'Bearer' } } });
}

const invalid = () => unauthenticated('The bearer token is invalid, revoked or expired; sign in again.');

export async function authenticate(db: Executor, request: Request): Promise<Viewer> {
  const header = request.headers.get('authorization');
  if (header === null || header.trim() === '') return anonymous;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) throw unauthenticated('Unsupported Authorization header; send "Bearer <token>".');
  const secret = match[1]!;
  const kind = credentialKind(secret);
  if (kind === null) throw invalid();
  const hash = hashCredential(secret);

  if (kind === 'session') return sessionCache.resolve(hash, () => lookupSession(db, hash));

  const [row] = await db.read<{
    token: { id: string; name: string; role: Role; revoked: boolean; expired: boolean; lastUsedAt: string | null };
    user: OwnerRow;
    ancestorDead: boolean;
    ancestorRoles: unknown[];
  }>('auth/token-lookup', { hash });
  if (!row || row.token.revoked || row.token.expired || row.ancestorDead) throw invalid();
  if (row.user.disabled || !isRole(row.user.role) || !isRole(row.token.role) || !row.ancestorRoles.every(isRole)) throw invalid();
  const last = row.token.lastUsedAt ? Date.parse(row.token.lastUsedAt) : 0;
  if (Date.now() - last > touchEveryMs) await db.write('auth/token-touch', { id: row.token.id });
  return {
    // Never stronger than the owner or any token in the chain that minted it.
    role: [row.token.role, ...(row.ancestorRoles as Role[])].reduce(weakerRole, row.user.role),
    userId: row.user.id,
    name: `token:${row.token.name}`,
    credential: { kind, id: row.token.id },
  };
}

async function lookupSession(db: Executor, hash: string): Promise<Resolved> {
  const [row] = await db.read<{ id: string; expired: boolean; expiresAt: string; user: OwnerRow | null }>('auth/session-lookup', {
    hash,
  });
  if (!row) throw invalid();
  if (row.expired || !row.user) {
    await deleteSession(db, row.id);
    throw invalid();
  }
  if (row.user.disabled || !isRole(row.user.role)) throw invalid();
  const viewer: Viewer = {
    role: row.user.role,
    userId: row.user.id,
    name: row.user.username,
    credential: { kind: 'session', id: row.id },
  };
  return { viewer, expiresAtMs: Date.parse(row.expiresAt) };
}
