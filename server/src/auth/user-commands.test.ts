// The `user` CLI's commands against the test database; every account made here is deleted.
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { testAuthExecutor, testExecutor } from '../../test/db.js';
import { graphqlClient } from '../../test/graphql.js';
import { deleteUser, findUser } from './accounts.js';
import { verifyPassword } from './passwords.js';
import { runUserCommand } from './user-commands.js';

const db = testAuthExecutor();
const graph = testExecutor();
const name = `t-cli-${randomBytes(4).toString('hex')}`;
afterAll(() => deleteUser(db, name));

async function run(...argv: string[]) {
  const lines: string[] = [];
  const code = await runUserCommand(db, argv, { out: (l) => lines.push(l), readPassword: async () => 'from stdin, long enough\n' });
  return { code, text: lines.join('\n') };
}

describe('user CLI', () => {
  it('adds a user with a random password shown once, which signs in', async () => {
    const added = await run('add', name, '--role', 'analyst');
    expect(added.code).toBe(0);
    const password = /Password \(shown only now\): (\S+)/.exec(added.text)![1]!;
    expect(password.length).toBeGreaterThanOrEqual(20);
    const res = await graphqlClient(graph, { token: null })(
      `mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { me { role } } }`,
      {
        u: name,
        p: password,
      },
    );
    expect(res.data).toEqual({ signIn: { me: { role: 'ANALYST' } } });
    expect((await run('add', name)).code).toBe(1);
  });

  it('lists, changes role, disables and resets the password (from stdin)', async () => {
    expect((await run('list')).text).toMatch(new RegExp(`${name}\\s+analyst\\s+active`));
    expect((await run('set-role', name, 'editor')).text).toBe(`${name} is now editor.`);
    expect((await run('set-role', name, 'superuser')).code).toBe(1);
    expect((await run('disable', name)).code).toBe(0);
    expect((await findUser(db, name))!.disabled).toBe(true);
    expect((await run('enable', name)).code).toBe(0);
    expect((await run('reset-password', name, '--password-stdin')).text).not.toMatch(/shown only now/);
    expect(await verifyPassword('from stdin, long enough', (await findUser(db, name))!.passwordHash)).toBe(true);
  });

  it('creates a token shown once, lists it without the secret, and revokes it', async () => {
    const created = await run('token', 'create', name, 'ci', '--role', 'viewer');
    expect(created.code).toBe(0);
    const secret = /(cgt_[A-Za-z0-9_-]{43})/.exec(created.text)![1]!;
    const id = /Token (tok-\S+)/.exec(created.text)![1]!;
    expect((await graphqlClient(graph, { token: secret })(`{ me { username role } }`)).data).toEqual({
      me: { username: 'token:ci', role: 'VIEWER' },
    });
    const listed = await run('token', 'list', name);
    expect(listed.text).toContain(id);
    expect(listed.text).not.toContain(secret);
    expect((await run('token', 'revoke', id)).code).toBe(0);
    expect((await graphqlClient(graph, { token: secret })(`{ me { username } }`)).status).toBe(401);
  });

  it('explains its usage and refuses unknown users', async () => {
    const bad = await run('frobnicate');
    expect(bad.code).toBe(2);
    expect(bad.text).toMatch(/unknown command "frobnicate"[\s\S]*usage: user <command>/);
    expect((await run('delete', 't-nobody-at-all')).text).toBe('No user "t-nobody-at-all".');
    expect((await run('add')).code).toBe(2);
  });
});
