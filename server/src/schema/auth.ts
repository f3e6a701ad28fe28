// Sign-in, the signed-in viewer, API tokens and (admin) accounts. Tokens and sessions are
// bearer credentials sent as `Authorization: Bearer <token>`; see src/auth/.
import { GraphQLError } from 'graphql';
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
import { authOf } from '../auth/runtime.js';
import { hasRole, requireRole, roles, type Role, type Viewer } from '../auth/viewer.js';
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
    if (e instanceof AccountError) throw new GraphQLError(e.message, { extensions: { code: e.code } });
    throw e;
  }
}

const wrongCredentials = () =>
  new GraphQLError('Wrong username or password.', { extensions: { code: 'UNAUTHENTICATED' } });

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
    resolve: (_r, _a, ctx) => {
      requireRole(ctx.viewer, 'admin');
      return listUsers(ctx.db);
    },
  }),
  apiTokens: t.field({
    type: [ApiTokenRef],
    description: "Your API tokens; an admin with `all: true` sees everyone's.",
    args: { all: t.arg.boolean({ defaultValue: false }) },
    resolve: (_r, { all }, ctx) => {
      requireRole(ctx.viewer, all ? 'admin' : 'viewer');
      return listApiTokens(ctx.db, all ? null : ctx.viewer.userId);
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
      const wait = Math.max(auth.byUser.retryAfterMs(userKey), auth.byAddress.retryAfterMs(auth.clientAddress));
      if (wait > 0) {
        const minutes = Math.ceil(wait / 60_000);
        throw new GraphQLError(`Too many failed sign-ins; try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`, {
          extensions: { code: 'RATE_LIMITED', http: { status: 429, headers: { 'retry-after': String(Math.ceil(wait / 1000)) } } },
        });
      }
      const user = await findUser(ctx.db, userKey);
      // An unknown user still costs one scrypt verification: no timing difference to probe.
      const ok = (await verifyPassword(password, user?.passwordHash ?? (await dummyHash()))) && user !== null && !user.disabled;
      if (!ok || !user) {
        auth.byUser.fail(userKey);
        auth.byAddress.fail(auth.clientAddress);
        throw wrongCredentials();
      }
      auth.byUser.reset(userKey);
      if (needsRehash(user.passwordHash)) await updateUser(ctx.db, user.username, { password });
      const session = await createSession(ctx.db, user.id, auth.sessionTtlSeconds);
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
      await deleteSession(ctx.db, credential.id);
      return true;
    },
  }),
  createApiToken: t.field({
    type: CreatedApiTokenRef,
    description: 'Creates an API token for yourself, with at most your own role.',
    args: { name: t.arg.string({ required: true }), role: t.arg({ type: RoleEnum, required: false }) },
    resolve: (_r, { name, role }, ctx) => {
      requireRole(ctx.viewer, 'viewer');
      const wanted: Role = role ?? ctx.viewer.role!;
      if (!hasRole(ctx.viewer, wanted)) {
        throw new GraphQLError(`A token cannot have more than your role (${ctx.viewer.role}).`, { extensions: { code: 'FORBIDDEN' } });
      }
      if (!ctx.viewer.userId) throw new GraphQLError('This request has no user to own a token.', { extensions: { code: 'FORBIDDEN' } });
      return accountCall(() => createApiToken(ctx.db, { userId: ctx.viewer.userId!, name, role: wanted }));
    },
  }),
  revokeApiToken: t.boolean({
    description: 'Revokes one of your API tokens (an admin: anyone\'s); false when there is no such token.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => {
      requireRole(ctx.viewer, 'viewer');
      return revokeApiToken(ctx.db, String(id), hasRole(ctx.viewer, 'admin') ? null : ctx.viewer.userId);
    },
  }),
  changePassword: t.boolean({
    description: 'Changes your password (signed in with a session); ends all your sessions, so sign in again.',
    args: { currentPassword: t.arg.string({ required: true }), newPassword: t.arg.string({ required: true }) },
    resolve: async (_r, { currentPassword, newPassword }, ctx) => {
      requireRole(ctx.viewer, 'viewer');
      if (ctx.viewer.credential?.kind !== 'session') {
        throw new GraphQLError('Sign in with your password to change it.', { extensions: { code: 'FORBIDDEN' } });
      }
      const user = await findUser(ctx.db, ctx.viewer.name);
      if (!user || user.id !== ctx.viewer.userId || !(await verifyPassword(currentPassword, user.passwordHash))) {
        throw new GraphQLError('The current password is wrong.', { extensions: { code: 'BAD_USER_INPUT' } });
      }
      await accountCall(() => updateUser(ctx.db, user.username, { password: newPassword }));
      return true;
    },
  }),
}));
