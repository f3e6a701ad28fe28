// Accounts, API tokens and sessions in Neo4j (cypher/auth/*). Used by the GraphQL auth
// mutations, the request authentication, start-up bootstrap and the `user` CLI.
import { ConstraintError } from '../db/errors.js';
import { int, type Executor } from '../db/executor.js';
import { hashPassword, maxPasswordLength, minPasswordLength } from './passwords.js';
import { sessionCache } from './session-cache.js';
import { newCredential, newId } from './tokens.js';
import { isRole, roles, type Role } from './viewer.js';

export interface UserRow {
  id: string;
  username: string;
  role: Role;
  disabled: boolean;
  createdAt: string;
  tokens?: number;
}

export interface UserWithHash extends UserRow {
  passwordHash: string;
}

export interface TokenRow {
  id: string;
  name: string;
  role: Role;
  revoked: boolean;
  createdAt: string;
  lastUsedAt: string | null;
  /** Null: until revoked. */
  expiresAt: string | null;
  /** The token whose request created this one (it never outlives or out-ranks it). */
  parentId: string | null;
  owner: string;
}

/** A refused account operation, with a message fit for the user. */
export class AccountError extends Error {
  constructor(
    message: string,
    readonly code: 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' = 'BAD_USER_INPUT',
  ) {
    super(message);
    this.name = 'AccountError';
  }
}

export function normalizeUsername(username: string): string {
  return username.trim().toLowerCase();
}

export function checkUsername(username: string): string {
  const u = normalizeUsername(username);
  if (!/^[a-z0-9][a-z0-9._-]{1,39}$/.test(u)) {
    throw new AccountError('A username is 2-40 characters: letters, digits, ".", "_" or "-", starting with a letter or digit.');
  }
  return u;
}

export function checkPassword(password: string): void {
  if (password.length < minPasswordLength || password.length > maxPasswordLength) {
    throw new AccountError(`A password is ${minPasswordLength}-${maxPasswordLength} characters.`);
  }
}

export function checkRole(role: string): Role {
  if (!isRole(role)) throw new AccountError(`Unknown role "${role}"; one of: ${roles.join(', ')}.`);
  return role;
}

export async function countUsers(db: Executor): Promise<number> {
  const [row] = await db.read<{ count: number }>('auth/user-count');
  return row?.count ?? 0;
}

export async function findUser(db: Executor, username: string): Promise<UserWithHash | null> {
  const [row] = await db.read<{ user: UserWithHash }>('auth/user-by-username', { username: normalizeUsername(username) });
  return row?.user ?? null;
}

export async function createUser(db: Executor, input: { username: string; password: string; role: Role }): Promise<UserRow> {
  const username = checkUsername(input.username);
  checkPassword(input.password);
  const passwordHash = await hashPassword(input.password);
  try {
    const [row] = await db.write<{ user: UserRow }>('auth/user-create', {
      id: newId('user'),
      username,
      passwordHash,
      role: checkRole(input.role),
    });
    return row!.user;
  } catch (e) {
    if (e instanceof ConstraintError) throw new AccountError(`The username "${username}" is taken.`, 'CONFLICT');
    throw e;
  }
}

export async function listUsers(db: Executor): Promise<UserRow[]> {
  return (await db.read<{ user: UserRow }>('auth/user-list')).map((r) => r.user);
}

/** Changes role / disabled / password (undefined keeps it). Ends sessions on disable or new password. */
export async function updateUser(
  db: Executor,
  username: string,
  change: { role?: Role; disabled?: boolean; password?: string; passwordHash?: string },
): Promise<UserRow> {
  if (change.password !== undefined) checkPassword(change.password);
  const passwordHash = change.password !== undefined ? await hashPassword(change.password) : (change.passwordHash ?? null);
  const [row] = await db.write<{ user: UserRow }>('auth/user-update', {
    username: normalizeUsername(username),
    role: change.role === undefined ? null : checkRole(change.role),
    disabled: change.disabled ?? null,
    passwordHash,
  });
  // Role, disabled and password decide which sessions still hold: forget the resolved ones.
  sessionCache.clear();
  if (!row) throw new AccountError(`No user "${username}".`, 'NOT_FOUND');
  return row.user;
}

export async function deleteUser(db: Executor, username: string): Promise<boolean> {
  const [row] = await db.write<{ deleted: number }>('auth/user-delete', { username: normalizeUsername(username) });
  sessionCache.clear();
  return (row?.deleted ?? 0) > 0;
}

/**
 * Creates an API token for a user; the returned `secret` is the only time it is seen. With
 * `parentId` (made by a request that used a token) it expires no later than the parent and dies
 * with it; the caller has already checked its role is at most the parent's.
 */
export async function createApiToken(
  db: Executor,
  input: { userId: string; name: string; role: Role; parentId?: string | null; expiresInDays?: number | null },
): Promise<{ secret: string; token: TokenRow }> {
  const name = input.name.trim();
  if (name.length < 1 || name.length > 80) throw new AccountError('A token name is 1-80 characters.');
  const days = input.expiresInDays ?? null;
  if (days !== null && (!Number.isInteger(days) || days < 1 || days > 3650)) {
    throw new AccountError('expiresInDays is a whole number of days, 1-3650.');
  }
  const { secret, hash } = newCredential('token');
  const [row] = await db.write<{ token: TokenRow }>('auth/token-create', {
    id: newId('tok'),
    hash,
    name,
    role: checkRole(input.role),
    userId: input.userId,
    parentId: input.parentId ?? null,
    expiresInSeconds: days === null ? null : int(days * 86_400),
  });
  if (!row) {
    throw new AccountError(input.parentId ? 'The token this request used is revoked or expired.' : 'No such user.', 'NOT_FOUND');
  }
  return { secret, token: row.token };
}

export async function listApiTokens(db: Executor, userId: string | null): Promise<TokenRow[]> {
  return (await db.read<{ token: TokenRow }>('auth/token-list', { userId })).map((r) => r.token);
}

/**
 * Revokes a token and every token minted from it. `userId`: only a token of that owner (null:
 * anyone's, for admins); `withinTokenId`: only that token or its descendants (a request made
 * with a token). False when there is no such token in scope.
 */
export async function revokeApiToken(
  db: Executor,
  id: string,
  scope: { userId: string | null; withinTokenId?: string | null },
): Promise<boolean> {
  const revoked =
    (await db.write('auth/token-revoke', { id, userId: scope.userId, withinTokenId: scope.withinTokenId ?? null })).length > 0;
  sessionCache.clear();
  return revoked;
}

/** Starts a session; the returned `secret` is the bearer token for it. */
export async function createSession(db: Executor, userId: string, ttlSeconds: number): Promise<{ secret: string; expiresAt: string }> {
  const { secret, hash } = newCredential('session');
  const [row] = await db.write<{ expiresAt: string }>('auth/session-create', {
    id: newId('ses'),
    hash,
    userId,
    ttlSeconds: int(Math.round(ttlSeconds)),
  });
  return { secret, expiresAt: row!.expiresAt };
}

export async function deleteSession(db: Executor, id: string): Promise<void> {
  await db.write('auth/session-delete', { id });
  sessionCache.clear();
}
