// Sign-in, the signed-in viewer, API tokens and (admin) accounts. Tokens and sessions are
// bearer credentials sent as `Authorization: Bearer <token>`; see src/auth/.
import { badUserInput, forbidden, graphqlError } from '../errors.js';
import {
  AccountError,
  createApiToken,
  createSession,
  deleteSession,
  findUser,
  listApiTokens,
  listUsers,
  normalizeUsername,
  revokeApiToken,
  updateUser,
  type TokenRow,
  type UserRow,
} from '../auth/accounts.js';
import { dummyHash, needsRehash, verifyPassword } from '../auth/passwords.js';
import { addressKey, beginAttempt } from '../auth/rate-limit.js';
import { authOf } from '../auth/runtime.js';
import { hasRole, roles, type Role, type Viewer } from '../auth/viewer.js';
import { builder } from '../builder.js';

export const RoleEnum = builder.enumType('Role', {
  description: 'Roles in increasing power, each including the ones before: viewer < analyst < editor < admin.',
  values: Object.fromEntries(roles.map((r) => [r.toUpperCase(), { value: r }])) as Record<Uppercase<Role>, { value: Role }>,
});

interface MeRow {
  id: string | null;
  username: string;
  role: Role;
  via: 'session' | 'token' | 'other';
}

const MeRef = builder.objectRef<MeRow>('Me').implement({
  description: 'The signed-in user (or the API token) a request runs as.',
  fields: (t) => ({
    id: t.exposeID('id', { nullable: true }),
    username: t.exposeString('username', { description: 'The user name, or "token:<name>" for an API token.' }),
    role: t.field({ type: RoleEnum, resolve: (m) => m.role }),
    via: t.exposeString('via', { description: 'session (signIn), token (API token) or other.' }),
  }),
});

const SignInResultRef = builder.objectRef<{ token: string; expiresAt: string; me: MeRow }>('SignInResult').implement({
  fields: (t) => ({
    token: t.exposeString('token', { description: 'Send as `Authorization: Bearer <token>` until it expires or you sign out.' }),
    expiresAt: t.exposeString('expiresAt', { description: 'ISO date-time.' }),
    me: t.field({ type: MeRef, resolve: (r) => r.me }),
  }),
});

const UserRef = builder.objectRef<UserRow>('User').implement({
  description: 'An account (admin only).',
  fields: (t) => ({
    id: t.exposeID('id'),
    username: t.exposeString('username'),
    role: t.field({ type: RoleEnum, resolve: (u) => u.role }),
    disabled: t.exposeBoolean('disabled'),
    createdAt: t.exposeString('createdAt'),
    tokens: t.int({ description: 'Live (not revoked) API tokens.', resolve: (u) => u.tokens ?? 0 }),
  }),
});

const ApiTokenRef = builder.objectRef<TokenRow>('ApiToken').implement({
  description: 'An API token (its secret is shown only when it is created).',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    role: t.field({ type: RoleEnum, resolve: (r) => r.role }),
    revoked: t.exposeBoolean('revoked'),
    createdAt: t.exposeString('createdAt'),
    lastUsedAt: t.exposeString('lastUsedAt', { nullable: true }),
    expiresAt: t.exposeString('expiresAt', { nullable: true, description: 'ISO date-time; null: until revoked.' }),
    owner: t.exposeString('owner'),
  }),
});

const CreatedApiTokenRef = builder.objectRef<{ secret: string; token: TokenRow }>('CreatedApiToken').implement({
  fields: (t) => ({
    secret: t.exposeString('secret', { description: 'The token itself: store it now, it cannot be shown again.' }),
    token: t.field({ type: ApiTokenRef, resolve: (r) => r.token }),
  }),
});

function meOf(viewer: Viewer): MeRow | null {
  if (viewer.role === null) return null;
  return { id: viewer.userId, username: viewer.name, role: viewer.role, via: viewer.credential?.kind ?? 'other' };
}

/** Account errors as GraphQL errors with a code; anything else propagates (and is masked). */
async function accountCall<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof AccountError) throw graphqlError(e.code, e.message);
    throw e;
  }
}

const wrongCredentials = () => graphqlError('UNAUTHENTICATED', 'Wrong username or password.');

builder.queryFields((t) => ({
  me: t.field({
    type: MeRef,
    nullable: true,
    description: 'Who this request runs as; null when anonymous.',
    resolve: (_r, _a, ctx) => meOf(ctx.viewer),
  }),
  users: t.field({
    type: [UserRef],
    description: 'Every account (admin).',
    authScopes: { admin: true },
    resolve: (_r, _a, ctx) => {
      return listUsers(ctx.authDb);
    },
  }),
  apiTokens: t.field({
    type: [ApiTokenRef],
    description: "Your API tokens; an admin with `all: true` sees everyone's.",
    args: { all: t.arg.boolean({ defaultValue: false }) },
    authScopes: (_r, { all }) => (all ? { admin: true } : { viewer: true }),
    resolve: (_r, { all }, ctx) => {
      return listApiTokens(ctx.authDb, all ? null : ctx.viewer.userId);
    },
  }),
}));

builder.mutationFields((t) => ({
  signIn: t.field({
    type: SignInResultRef,
    description: 'Signs in with a user name and password; returns a session token.',
    args: { username: t.arg.string({ required: true }), password: t.arg.string({ required: true }) },
    resolve: async (_r, { username, password }, ctx) => {
      const auth = authOf(ctx);
      const userKey = normalizeUsername(username);
      // Checked and reserved in one synchronous step: concurrent attempts cannot all pass.
      const begun = beginAttempt(auth.byUser, userKey, auth.byAddress, addressKey(auth.clientAddress));
      if ('waitMs' in begun) {
        const seconds = Math.ceil(begun.waitMs / 1000);
        throw graphqlError('RATE_LIMITED', `Too many failed sign-ins; try again in ${seconds} second${seconds === 1 ? '' : 's'}.`, {
          retryable: true,
          http: { status: 429, headers: { 'retry-after': String(seconds) } },
        });
      }
      let user: Awaited<ReturnType<typeof findUser>>;
      let ok: boolean;
      try {
        user = await findUser(ctx.authDb, userKey);
        // An unknown user still costs one scrypt verification: no timing difference to probe.
        ok = (await verifyPassword(password, user?.passwordHash ?? (await dummyHash()))) && user !== null && !user.disabled;
      } catch (e) {
        // The check could not run (database down): not a failed guess.
        begun.attempt.done('aborted');
        throw e;
      }
      begun.attempt.done(ok ? 'success' : 'failure');
      if (!ok || !user) throw wrongCredentials();
      if (needsRehash(user.passwordHash)) await updateUser(ctx.authDb, user.username, { password });
      const session = await createSession(ctx.authDb, user.id, auth.sessionTtlSeconds);
      return {
        token: session.secret,
        expiresAt: session.expiresAt,
        me: { id: user.id, username: user.username, role: user.role, via: 'session' as const },
      };
    },
  }),
  signOut: t.boolean({
    description: 'Ends the session this request was signed in with; false when there was none.',
    resolve: async (_r, _a, ctx) => {
      const credential = ctx.viewer.credential;
      if (credential?.kind !== 'session') return false;
      await deleteSession(ctx.authDb, credential.id);
      return true;
    },
  }),
  createApiToken: t.field({
    type: CreatedApiTokenRef,
    description:
      "Creates an API token for yourself, with at most your own role. Made with a token, it is that token's child: at most its role, expiring no later, revoked with it.",
    args: {
      name: t.arg.string({ required: true }),
      role: t.arg({ type: RoleEnum, required: false }),
      expiresInDays: t.arg.int({ required: false, description: "1-3650; omitted: until revoked (or the parent token's expiry)." }),
    },
    authScopes: { viewer: true },
    resolve: (_r, { name, role, expiresInDays }, ctx) => {
      const wanted: Role = role ?? ctx.viewer.role!;
      if (!hasRole(ctx.viewer, wanted)) {
        throw forbidden(`A token cannot have more than your role (${ctx.viewer.role}).`);
      }
      if (!ctx.viewer.userId) throw forbidden('This request has no user to own a token.');
      const parentId = ctx.viewer.credential?.kind === 'token' ? ctx.viewer.credential.id : null;
      return accountCall(() => createApiToken(ctx.authDb, { userId: ctx.viewer.userId!, name, role: wanted, parentId, expiresInDays }));
    },
  }),
  revokeApiToken: t.boolean({
    description:
      "Revokes an API token and every token made from it. Signed in: any of your tokens (an admin: anyone's). With a token: only that token or those made from it. False when there is no such token in reach.",
    args: { id: t.arg.id({ required: true }) },
    authScopes: { viewer: true },
    resolve: (_r, { id }, ctx) => {
      if (hasRole(ctx.viewer, 'admin')) return revokeApiToken(ctx.authDb, String(id), { userId: null });
      const withinTokenId = ctx.viewer.credential?.kind === 'token' ? ctx.viewer.credential.id : null;
      // No user and no token (a test viewer): nothing is in reach.
      if (!ctx.viewer.userId) return false;
      return revokeApiToken(ctx.authDb, String(id), { userId: ctx.viewer.userId, withinTokenId });
    },
  }),
  changePassword: t.boolean({
    description: 'Changes your password (signed in with a session); ends all your sessions, so sign in again.',
    args: { currentPassword: t.arg.string({ required: true }), newPassword: t.arg.string({ required: true }) },
    authScopes: { viewer: true },
    resolve: async (_r, { currentPassword, newPassword }, ctx) => {
      if (ctx.viewer.credential?.kind !== 'session') {
        throw forbidden('Sign in with your password to change it.');
      }
      const user = await findUser(ctx.authDb, ctx.viewer.name);
      if (!user || user.id !== ctx.viewer.userId || !(await verifyPassword(currentPassword, user.passwordHash))) {
        throw badUserInput('The current password is wrong.');
      }
      await accountCall(() => updateUser(ctx.authDb, user.username, { password: newPassword }));
      return true;
    },
  }),
}));
