// Sign-in, sessions and API tokens end to end: real accounts in the test Neo4j, real Bearer
// headers through the app. Every account a test makes is deleted (with its tokens and sessions).
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { testAuthExecutor, testExecutor } from '../../test/db.js';
import { graphqlClient } from '../../test/graphql.js';
import { createHttpServer } from '../http.js';
import { createApp } from '../yoga.js';
import { countUsers, createApiToken, createSession, createUser, deleteUser, findUser, listApiTokens, updateUser } from './accounts.js';
import { verifyPassword } from './passwords.js';
import { bootstrapAdmin } from './bootstrap.js';
import { newCredential } from './tokens.js';

// Accounts live in the credential store; `graph` is the analysable graph.
const db = testAuthExecutor();
const graph = testExecutor();
const made: string[] = [];
const password = 'a fine test password';

async function makeUser(role: 'viewer' | 'analyst' | 'editor' | 'admin' = 'viewer') {
  const username = `t-${randomBytes(5).toString('hex')}`;
  made.push(username);
  return createUser(db, { username, password, role });
}

afterAll(async () => {
  for (const u of made) await deleteUser(db, u);
  const [left] = await db.read<{ n: number }>({
    text: 'MATCH (n) WHERE (n:User AND n.username STARTS WITH "t-") OR (n:Session AND NOT EXISTS { MATCH (u:User {id: n.userId}) }) RETURN count(n) AS n',
  });
  expect(left!.n).toBe(0);
});

const SIGN_IN = `mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { token expiresAt me { username role via } } }`;
const ME = `{ me { username role via } }`;

// First, while the test database has no accounts (skipped on a shared database that has some).
describe('bootstrap', () => {
  it('creates admin once: with ADMIN_PASSWORD, or with a random password printed once', async () => {
    if ((await countUsers(db)) > 0) return;
    made.push('admin');
    const lines: string[] = [];
    expect(await bootstrapAdmin(db, { adminPassword: 'given admin password', log: (l) => lines.push(l) })).toBe('created');
    expect(lines.join('\n')).not.toContain('given admin password');
    const admin = (await findUser(db, 'admin'))!;
    expect(admin.role).toBe('admin');
    expect(await verifyPassword('given admin password', admin.passwordHash)).toBe(true);
    expect(await bootstrapAdmin(db, { adminPassword: undefined, log: (l) => lines.push(l) })).toBe('exists');

    await deleteUser(db, 'admin');
    lines.length = 0;
    await bootstrapAdmin(db, { adminPassword: undefined, log: (l) => lines.push(l) });
    const printed = /^ {4}(\S{20})$/m.exec(lines.join('\n'))![1]!;
    expect(await verifyPassword(printed, (await findUser(db, 'admin'))!.passwordHash)).toBe(true);
    await deleteUser(db, 'admin');
  });
});

describe('signIn', () => {
  it('returns a session token that authenticates later requests, until signOut', async () => {
    const user = await makeUser('analyst');
    const anon = graphqlClient(graph, { token: null });
    const res = await anon<{ signIn: { token: string; expiresAt: string; me: { username: string; role: string; via: string } } }>(SIGN_IN, {
      u: user.username.toUpperCase(),
      p: password,
    });
    expect(res.errors).toBeUndefined();
    const { token, expiresAt, me } = res.data!.signIn;
    expect(token).toMatch(/^cgs_/);
    expect(me).toEqual({ username: user.username, role: 'ANALYST', via: 'session' });
    const hours = (Date.parse(expiresAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(11.9);
    expect(hours).toBeLessThanOrEqual(12);

    // Only the hash is stored.
    const [stored] = await db.read<{ n: number }>(
      { text: 'MATCH (s:Session {userId: $id}) WHERE s.hash <> $t RETURN count(s) AS n', name: 't' },
      { id: user.id, t: token },
    );
    expect(stored!.n).toBe(1);

    const signedIn = graphqlClient(graph, { token });
    expect((await signedIn(ME)).data).toEqual({ me: { username: user.username, role: 'ANALYST', via: 'session' } });
    expect((await signedIn(`{ parks { id } }`)).errors).toBeUndefined();
    expect((await signedIn(`mutation { signOut }`)).data).toEqual({ signOut: true });
    const after = await signedIn(ME);
    expect(after.status).toBe(401);
    expect(after.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('gives the same generic error for a wrong password, an unknown user and a disabled user', async () => {
    const user = await makeUser();
    const disabled = await makeUser();
    await updateUser(db, disabled.username, { disabled: true });
    const anon = graphqlClient(graph, { token: null });
    const answers = [
      await anon(SIGN_IN, { u: user.username, p: 'not the password' }),
      await anon(SIGN_IN, { u: `t-nobody-${randomBytes(4).toString('hex')}`, p: password }),
      await anon(SIGN_IN, { u: disabled.username, p: password }),
    ];
    for (const res of answers) {
      expect(res.data).toBeNull();
      expect(res.errors!.map((e) => [e.message, e.extensions!.code])).toEqual([['Wrong username or password.', 'UNAUTHENTICATED']]);
    }
  });

  it('spends the same scrypt work on an unknown user as on a wrong password', async () => {
    const user = await makeUser();
    const anon = graphqlClient(graph, { token: null, auth: { maxFailuresPerUser: 100, maxFailuresPerAddress: 100 } });
    const time = async (u: string) => {
      const t = performance.now();
      await anon(SIGN_IN, { u, p: 'wrong wrong wrong' });
      return performance.now() - t;
    };
    await time('t-warm-up');
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 4; i++) {
      known.push(await time(user.username));
      unknown.push(await time(`t-nobody-${i}`));
    }
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    // Both pay for one scrypt (tens of ms); without the dummy hash an unknown user returns in ~1-2 ms.
    expect(median(unknown)).toBeGreaterThan(median(known) * 0.5);
  });

  it('slows a username down after five failures instead of locking it out: the right password works after a short wait', async () => {
    const user = await makeUser();
    const anon = graphqlClient(graph, { token: null });
    for (let i = 0; i < 5; i++) {
      expect((await anon(SIGN_IN, { u: user.username, p: 'wrong password!' })).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    }
    const res = await anon(SIGN_IN, { u: user.username, p: password });
    expect(res.status).toBe(429);
    expect(res.errors![0]!.extensions).toMatchObject({ code: 'RATE_LIMITED', retryable: true });
    expect(res.errors![0]!.message).toMatch(/Too many failed sign-ins; try again in 1 second\./);
    await new Promise((r) => setTimeout(r, 1_100));
    const ok = await anon<{ signIn: { me: { username: string } } }>(SIGN_IN, { u: user.username, p: password });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.signIn.me.username).toBe(user.username);
  });

  it('lets at most 5 of 15 concurrent attempts on one account through to the password check', async () => {
    const user = await makeUser();
    const anon = graphqlClient(graph, { token: null, auth: { maxFailuresPerUser: 5, maxFailuresPerAddress: 1000 } });
    const results = await Promise.all(Array.from({ length: 15 }, () => anon(SIGN_IN, { u: user.username, p: 'wrong password!' })));
    const codes = results.map((r) => r.errors![0]!.extensions!.code);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(5);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(10);
  });

  it('limits failures per client address too, over real HTTP (the TCP peer address)', async () => {
    const app = createApp({
      executor: graph,
      authExecutor: db,
      production: true,
      auth: { maxFailuresPerUser: 100, maxFailuresPerAddress: 3 },
    });
    const server = createHttpServer(app, '/nonexistent');
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as { port: number };
      const attempt = async (u: string) => {
        const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: SIGN_IN, variables: { u, p: 'wrong wrong wrong' } }),
        });
        return {
          status: res.status,
          code: ((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code,
        };
      };
      for (let i = 0; i < 3; i++) expect((await attempt(`t-spray-${i}`)).code).toBe('UNAUTHENTICATED');
      expect(await attempt('t-spray-other')).toEqual({ status: 429, code: 'RATE_LIMITED' });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('refuses an expired session and deletes it', async () => {
    const user = await makeUser();
    const session = await createSession(db, user.id, 3600);
    await db.write({ text: 'MATCH (s:Session {userId: $id}) SET s.expiresAt = datetime() - duration("PT1S")', name: 't' }, { id: user.id });
    const res = await graphqlClient(graph, { token: session.secret })(ME);
    expect(res.status).toBe(401);
    expect(res.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    const [left] = await db.read<{ n: number }>(
      { text: 'MATCH (s:Session {userId: $id}) RETURN count(s) AS n', name: 't' },
      { id: user.id },
    );
    expect(left!.n).toBe(0);
  });

  it('refuses the sessions of a user who is disabled afterwards', async () => {
    const user = await makeUser('editor');
    const session = await createSession(db, user.id, 3600);
    const gql = graphqlClient(graph, { token: session.secret });
    expect((await gql(ME)).data).toEqual({ me: { username: user.username, role: 'EDITOR', via: 'session' } });
    await updateUser(db, user.username, { disabled: true });
    expect((await gql(ME)).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('a role change counts from the next request, though the session was just resolved (auth/session-cache.ts)', async () => {
    const user = await makeUser('editor');
    const session = await createSession(db, user.id, 3600);
    const gql = graphqlClient(graph, { token: session.secret });
    expect((await gql(ME)).data).toEqual({ me: { username: user.username, role: 'EDITOR', via: 'session' } });
    await updateUser(db, user.username, { role: 'viewer' });
    expect((await gql(ME)).data).toEqual({ me: { username: user.username, role: 'VIEWER', via: 'session' } });
  });
});

describe('API tokens', () => {
  it('authenticate with at most the owner role; revoked tokens are refused', async () => {
    const owner = await makeUser('editor');
    const { secret, token } = await createApiToken(db, { userId: owner.id, name: 'ci', role: 'analyst' });
    expect(secret).toMatch(/^cgt_/);
    const [stored] = await db.read<{ hash: string }>(
      { text: 'MATCH (t:ApiToken {id: $id}) RETURN t.hash AS hash', name: 't' },
      { id: token.id },
    );
    expect(stored!.hash).not.toBe(secret);
    expect(stored!.hash).toHaveLength(64);

    const gql = graphqlClient(graph, { token: secret });
    expect((await gql(ME)).data).toEqual({ me: { username: 'token:ci', role: 'ANALYST', via: 'token' } });
    const [used] = await listApiTokens(db, owner.id);
    expect(used!.lastUsedAt).toBeTruthy();

    // Lowering the owner's role lowers the token's.
    await updateUser(db, owner.username, { role: 'viewer' });
    expect((await gql(ME)).data).toEqual({ me: { username: 'token:ci', role: 'VIEWER', via: 'token' } });

    const revoked = await graphqlClient(graph, { token: secret })(`mutation($id: ID!) { revokeApiToken(id: $id) }`, { id: token.id });
    expect(revoked.data).toEqual({ revokeApiToken: true });
    const res = await gql(ME);
    expect(res.status).toBe(401);
    expect(res.errors![0]!.message).toBe('The bearer token is invalid, revoked or expired; sign in again.');
  });

  it('can be created through the API, no stronger than the caller, and the secret shown once', async () => {
    const owner = await makeUser('analyst');
    const session = await createSession(db, owner.id, 600);
    const gql = graphqlClient(graph, { token: session.secret });
    const CREATE = `mutation($n: String!, $r: Role) { createApiToken(name: $n, role: $r) { secret token { id name role revoked owner } } }`;
    const ok = await gql<{ createApiToken: { secret: string; token: { role: string; owner: string } } }>(CREATE, {
      n: 'notebook',
      r: 'VIEWER',
    });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.createApiToken.token).toMatchObject({ name: 'notebook', role: 'VIEWER', revoked: false, owner: owner.username });
    const tooStrong = await gql(CREATE, { n: 'x', r: 'ADMIN' });
    expect(tooStrong.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const listed = await gql<{ apiTokens: { name: string }[] }>(`{ apiTokens { name } }`);
    expect(listed.data!.apiTokens.map((t) => t.name)).toEqual(['notebook']);
    expect(JSON.stringify(listed)).not.toContain(ok.data!.createApiToken.secret);
  });

  it('a token never outlives or out-ranks the token that made it, and dies with it', async () => {
    const owner = await makeUser('admin');
    const bySession = graphqlClient(graph, { token: (await createSession(db, owner.id, 600)).secret });
    const CREATE = `mutation($n: String!, $r: Role, $d: Int) { createApiToken(name: $n, role: $r, expiresInDays: $d) { secret token { id role expiresAt } } }`;
    type Created = { createApiToken: { secret: string; token: { id: string; role: string; expiresAt: string | null } } };
    const parent = (await bySession<Created>(CREATE, { n: 'parent', r: 'EDITOR', d: 2 })).data!.createApiToken;
    const asParent = graphqlClient(graph, { token: parent.secret });
    const child = (await asParent<Created>(CREATE, { n: 'child', r: 'ANALYST', d: 30 })).data!.createApiToken;
    expect(Date.parse(child.token.expiresAt!)).toBeLessThanOrEqual(Date.parse(parent.token.expiresAt!));
    const unbounded = (await asParent<Created>(CREATE, { n: 'no-expiry-asked', r: 'VIEWER' })).data!.createApiToken;
    expect(unbounded.token.expiresAt).toBe(parent.token.expiresAt);
    // Out-ranking is refused at every step.
    expect((await asParent(CREATE, { n: 'too-strong', r: 'ADMIN' })).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const asChild = graphqlClient(graph, { token: child.secret });
    expect((await asChild(CREATE, { n: 'too-strong', r: 'EDITOR' })).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const grandchild = (await asChild<Created>(CREATE, { n: 'grandchild', r: 'VIEWER' })).data!.createApiToken;
    expect((await graphqlClient(graph, { token: grandchild.secret })(ME)).data).toEqual({
      me: { username: 'token:grandchild', role: 'VIEWER', via: 'token' },
    });

    // Revoking the parent (by its owner) revokes every descendant.
    expect((await bySession(`mutation($id: ID!) { revokeApiToken(id: $id) }`, { id: parent.token.id })).data).toEqual({
      revokeApiToken: true,
    });
    for (const t of [parent, child, unbounded, grandchild]) {
      expect((await graphqlClient(graph, { token: t.secret })(ME)).status).toBe(401);
    }
    const listed = await bySession<{ apiTokens: { name: string; revoked: boolean }[] }>(`{ apiTokens { name revoked } }`);
    expect(listed.data!.apiTokens.every((t) => t.revoked)).toBe(true);
  });

  it("only the owner (signed in) or an admin revokes a token: a viewer token cannot revoke its owner's admin token", async () => {
    const owner = await makeUser('admin');
    const other = await makeUser('editor');
    const bySession = graphqlClient(graph, { token: (await createSession(db, owner.id, 600)).secret });
    const CREATE = `mutation($n: String!, $r: Role) { createApiToken(name: $n, role: $r) { secret token { id } } }`;
    type Created = { createApiToken: { secret: string; token: { id: string } } };
    const adminToken = (await bySession<Created>(CREATE, { n: 'deploy', r: 'ADMIN' })).data!.createApiToken;
    const viewerToken = (await bySession<Created>(CREATE, { n: 'dashboard', r: 'VIEWER' })).data!.createApiToken;
    const REVOKE = `mutation($id: ID!) { revokeApiToken(id: $id) }`;

    const asViewerToken = graphqlClient(graph, { token: viewerToken.secret });
    expect((await asViewerToken(REVOKE, { id: adminToken.token.id })).data).toEqual({ revokeApiToken: false });
    expect((await graphqlClient(graph, { token: adminToken.secret })(ME)).data).toEqual({
      me: { username: 'token:deploy', role: 'ADMIN', via: 'token' },
    });
    // Another user (not an admin) cannot revoke it either.
    const asOther = graphqlClient(graph, { token: (await createSession(db, other.id, 600)).secret });
    expect((await asOther(REVOKE, { id: adminToken.token.id })).data).toEqual({ revokeApiToken: false });
    // A token may revoke itself; the owner, signed in, may revoke any of theirs.
    expect((await asViewerToken(REVOKE, { id: viewerToken.token.id })).data).toEqual({ revokeApiToken: true });
    expect((await bySession(REVOKE, { id: adminToken.token.id })).data).toEqual({ revokeApiToken: true });
    expect((await graphqlClient(graph, { token: adminToken.secret })(ME)).status).toBe(401);
  });

  it('refuses malformed, unknown and non-Bearer credentials with 401', async () => {
    for (const token of ['nonsense', newCredential('token').secret, newCredential('session').secret]) {
      const res = await graphqlClient(graph, { token })(ME);
      expect(res.status).toBe(401);
      expect(res.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    }
  });
});

describe('accounts', () => {
  it('users is for admins only', async () => {
    const admin = await makeUser('admin');
    const viewer = await makeUser('viewer');
    const asAdmin = graphqlClient(graph, { token: (await createSession(db, admin.id, 600)).secret });
    const asViewer = graphqlClient(graph, { token: (await createSession(db, viewer.id, 600)).secret });
    const res = await asAdmin<{ users: { username: string; role: string }[] }>(`{ users { username role disabled tokens } }`);
    expect(res.data!.users).toEqual(expect.arrayContaining([expect.objectContaining({ username: viewer.username, role: 'VIEWER' })]));
    expect(JSON.stringify(res)).not.toContain('scrypt');
    expect((await asViewer(`{ users { username } }`)).errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('refuses a taken username and a short password', async () => {
    const user = await makeUser();
    await expect(createUser(db, { username: user.username, password, role: 'viewer' })).rejects.toThrow(/is taken/);
    await expect(createUser(db, { username: 't-short-pass', password: 'short', role: 'viewer' })).rejects.toThrow(/10-1024 characters/);
    await expect(createUser(db, { username: 'no spaces allowed', password, role: 'viewer' })).rejects.toThrow(/username/);
  });

  it('bootstrap leaves an existing user base alone', async () => {
    await makeUser();
    const lines: string[] = [];
    expect(await bootstrapAdmin(db, { adminPassword: undefined, log: (l) => lines.push(l) })).toBe('exists');
    expect(lines).toEqual([]);
  });
});
