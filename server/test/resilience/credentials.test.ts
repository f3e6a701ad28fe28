// Credentials live in a store of their own, out of the analysts' reach: every way analyst Cypher
// can look at the graph finds no password hash, session hash or token hash. And accounts left in
// the graph by an earlier version move to the store at start-up without anyone losing access.
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { createUser, deleteUser, findUser } from '../../src/auth/accounts.js';
import { moveCredentials } from '../../src/auth/move-credentials.js';
import { hashPassword } from '../../src/auth/passwords.js';
import { hashCredential, newCredential } from '../../src/auth/tokens.js';
import { int } from '../../src/db/executor.js';
import { testAuthExecutor, testExecutor } from '../db.js';
import { graphqlClient, testViewer } from '../graphql.js';

const graph = testExecutor();
const store = testAuthExecutor();
const made: string[] = [];
afterAll(async () => {
  for (const u of made) await deleteUser(store, u);
});

const SIGN_IN = 'mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }';

async function credentialNodesInGraph(): Promise<number> {
  const [row] = await graph.read<{ n: number }>({
    name: 'test/credential-nodes',
    text: 'MATCH (n) WHERE n:User OR n:ApiToken OR n:Session RETURN count(n) AS n',
  });
  return row!.n;
}

/** Writes an account, a token and a session into the GRAPH, the way versions before the store did. */
async function legacyAccount(username: string, password: string) {
  const ids = { user: `user-${randomUUID()}`, token: `tok-${randomUUID()}`, session: `ses-${randomUUID()}` };
  const token = newCredential('token');
  const session = newCredential('session');
  const passwordHash = await hashPassword(password);
  const write = () =>
    graph.write(
      {
        name: 'test/legacy-account',
        text: `CREATE (u:User {id: $ids.user, username: $username, passwordHash: $passwordHash, role: 'editor', createdAt: datetime('2025-01-02T03:04:05Z'), disabled: false})
               CREATE (t:ApiToken {id: $ids.token, hash: $tokenHash, name: 'legacy', role: 'viewer', createdAt: datetime('2025-01-02T03:04:05Z'), lastUsedAt: null, revoked: false})-[:OWNED_BY]->(u)
               CREATE (s:Session {id: $ids.session, hash: $sessionHash, userId: $ids.user, createdAt: datetime('2025-01-02T03:04:05Z'), expiresAt: datetime() + duration({hours: $hours})})`,
      },
      { ids, username, passwordHash, tokenHash: token.hash, sessionHash: session.hash, hours: int(1) },
    );
  await write();
  return { ids, token: token.secret, session: session.secret, passwordHash, write };
}

describe('moving accounts out of the graph on upgrade', () => {
  it('copies accounts, tokens and sessions to the store, deletes them from the graph, and everyone keeps access', async () => {
    const username = `legacy-${randomBytes(4).toString('hex')}`;
    const password = 'legacy password 12345';
    made.push(username);
    const legacy = await legacyAccount(username, password);
    expect(await credentialNodesInGraph()).toBeGreaterThanOrEqual(3);

    const moved = await moveCredentials(graph, store);
    expect(moved).toMatchObject({ users: 1, tokens: 1, sessions: 1, deleted: 3 });
    expect(await credentialNodesInGraph()).toBe(0);
    expect((await findUser(store, username))!.passwordHash).toBe(legacy.passwordHash);

    const anon = graphqlClient(graph, { token: null });
    const signIn = await anon<{ signIn: { token: string } }>(SIGN_IN, { u: username, p: password });
    expect(signIn.errors).toBeUndefined();
    const me = '{ me { username role via } }';
    expect((await graphqlClient(graph, { token: legacy.token })(me)).data).toEqual({
      me: { username: 'token:legacy', role: 'VIEWER', via: 'token' },
    });
    expect((await graphqlClient(graph, { token: legacy.session })(me)).data).toEqual({ me: { username, role: 'EDITOR', via: 'session' } });

    // Idempotent: nothing left to move.
    expect(await moveCredentials(graph, store)).toEqual({ users: 0, tokens: 0, sessions: 0, deleted: 0 });
    // A start that crashed after copying but before deleting: the graph copy is still there.
    await legacy.write();
    expect(await moveCredentials(graph, store)).toMatchObject({ users: 1, tokens: 1, sessions: 1 });
    expect(await credentialNodesInGraph()).toBe(0);
    const [count] = await store.read<{ n: number }>(
      { name: 'test/store-users', text: 'MATCH (u:User {username: $username}) RETURN count(u) AS n' },
      { username },
    );
    expect(count!.n).toBe(1);
    expect((await graphqlClient(graph, { token: legacy.token })(me)).data).toEqual({
      me: { username: 'token:legacy', role: 'VIEWER', via: 'token' },
    });
  });
});

describe('analyst Cypher cannot read a credential', () => {
  it('finds no password hash, session hash or token hash however it asks', async () => {
    const username = `probe-${randomBytes(4).toString('hex')}`;
    const password = 'probe password 12345';
    made.push(username);
    await createUser(store, { username, password, role: 'analyst' });
    const anon = graphqlClient(graph, { token: null });
    const session = (await anon<{ signIn: { token: string } }>(SIGN_IN, { u: username, p: password })).data!.signIn.token;
    const asUser = graphqlClient(graph, { token: session });
    const created = await asUser<{ createApiToken: { secret: string } }>('mutation { createApiToken(name: "probe") { secret } }');
    const tokenSecret = created.data!.createApiToken.secret;
    const passwordHash = (await findUser(store, username))!.passwordHash;
    const secrets = [passwordHash, hashCredential(session), hashCredential(tokenSecret), session, tokenSecret];

    const analyst = graphqlClient(graph, { viewer: testViewer('analyst') });
    const tricks: Array<[string, Record<string, unknown>?]> = [
      ['MATCH (n:User) RETURN n'],
      ['MATCH (n:ApiToken) RETURN n'],
      ['MATCH (n:Session) RETURN n'],
      ['MATCH (n) WHERE n.passwordHash IS NOT NULL OR n.hash IS NOT NULL RETURN n, properties(n)'],
      ['MATCH (n) UNWIND keys(n) AS k WITH k, n[k] AS v WHERE v IN $secrets RETURN k, v', { secrets }],
      ['MATCH (n) WITH n, [k IN keys(n) | n[k]] AS vs WHERE any(v IN vs WHERE v IN $secrets) RETURN n', { secrets }],
      ['MATCH (n) WHERE any(k IN keys(n) WHERE k IN ["passwordHash", "hash"]) RETURN properties(n)'],
      ['MATCH (n) RETURN DISTINCT labels(n) AS labels'],
      ['MATCH ()-[r]->() WITH DISTINCT type(r) AS t RETURN t'],
      ['MATCH p = (a)-[*1..2]-() WHERE a:User OR a:ApiToken OR a:Session RETURN p LIMIT 50'],
      ['MATCH (n) WHERE n.username = $u OR n.userId IS NOT NULL RETURN n', { u: username }],
      ['CALL db.labels()'],
      ['CALL db.schema.nodeTypeProperties()'],
      ['CALL db.schema.visualization()'],
      ['MATCH (n) RETURN n ORDER BY n.passwordHash DESC, n.hash DESC LIMIT 50'],
    ];
    const bodies: string[] = [];
    for (const [q, params] of tricks) {
      const res = await analyst<{ cypher: { rows: unknown[][] } }>(
        'query($q: String!, $p: JSON) { cypher(query: $q, params: $p) { rows } }',
        {
          q,
          p: params ?? null,
        },
      );
      const body = JSON.stringify(res);
      bodies.push(body);
      expect(res.errors, q).toBeUndefined();
      for (const s of secrets) expect(body.includes(s), `${q} leaked a credential`).toBe(false);
      expect(body, q).not.toMatch(/passwordHash|scrypt\$/);
      // Label names are not secrets (db.labels() lists the graph's old constraint labels), but
      // no node carries them.
      if (q.startsWith('MATCH')) expect(body, q).not.toMatch(/"(User|ApiToken|Session)"/);
    }
    // The refused ways stay refused (they would show other users' queries and parameters).
    for (const q of ['SHOW TRANSACTIONS', 'SHOW USERS', 'CALL dbms.listConnections()']) {
      const res = await analyst<{ cypher: unknown }>('query($q: String!) { cypher(query: $q) { rows } }', { q });
      expect(res.errors?.[0]?.extensions?.code, q).toBe('FORBIDDEN');
    }
    // And the graph itself holds none of them.
    expect(await credentialNodesInGraph()).toBe(0);
  });
});
