// The `user` command's actions, separate from the process plumbing in cli.ts so tests can run
// them against the test database. Passwords are generated (printed once) unless given on stdin;
// token secrets are printed once and only their hashes are stored.
import type { Executor } from '../db/executor.js';
import {
  AccountError,
  checkRole,
  createApiToken,
  createUser,
  deleteUser,
  findUser,
  listApiTokens,
  listUsers,
  revokeApiToken,
  updateUser,
} from './accounts.js';
import { randomPassword } from './passwords.js';
import type { Role } from './viewer.js';

export const usage = `usage: user <command>
  list                                   accounts with role, state and live token count
  add <username> [--role R] [--password-stdin]
                                         create an account (role viewer by default); prints a
                                         random password unless one is read from stdin
  set-role <username> <role>             roles: viewer, analyst, editor, admin
  disable <username> | enable <username> a disabled account cannot sign in; its sessions end
  reset-password <username> [--password-stdin]
  delete <username>                      with its tokens and sessions
  token create <username> <name> [--role R]
                                         prints the token once (role: the owner's by default)
  token list [<username>]
  token revoke <token-id>`;

export interface CommandIo {
  out: (line: string) => void;
  /** Reads a password from stdin (only called for --password-stdin). */
  readPassword: () => Promise<string>;
}

class UsageError extends Error {}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) throw new UsageError(`${name} needs a value`);
  args.splice(i, 2);
  return value;
}

function flag(args: string[], name: string): boolean {
  const i = args.indexOf(name);
  if (i >= 0) args.splice(i, 1);
  return i >= 0;
}

function positional(args: string[], count: number, optional = 0): string[] {
  const unknown = args.filter((a) => a.startsWith('--'));
  if (unknown.length) throw new UsageError(`unknown option(s): ${unknown.join(' ')}`);
  if (args.length < count || args.length > count + optional) throw new UsageError('wrong number of arguments');
  return args;
}

async function password(args: string[], io: CommandIo): Promise<{ value: string; generated: boolean }> {
  if (flag(args, '--password-stdin')) return { value: (await io.readPassword()).replace(/\r?\n$/, ''), generated: false };
  return { value: randomPassword(), generated: true };
}

/** Runs one command; returns the exit code (0 done, 1 refused, 2 usage). */
export async function runUserCommand(db: Executor, argv: string[], io: CommandIo): Promise<number> {
  const args = [...argv];
  const command = args.shift();
  try {
    switch (command) {
      case 'list': {
        positional(args, 0);
        const users = await listUsers(db);
        if (users.length === 0) io.out('No users.');
        for (const u of users) {
          io.out(
            `${u.username.padEnd(24)} ${u.role.padEnd(8)} ${u.disabled ? 'disabled' : 'active  '} tokens: ${u.tokens ?? 0}  since ${u.createdAt.slice(0, 10)}`,
          );
        }
        return 0;
      }
      case 'add': {
        const role = checkRole(option(args, '--role') ?? 'viewer');
        const pw = await password(args, io);
        const [username] = positional(args, 1);
        const user = await createUser(db, { username: username!, password: pw.value, role });
        io.out(`Created ${user.username} (${user.role}).`);
        if (pw.generated) io.out(`Password (shown only now): ${pw.value}`);
        return 0;
      }
      case 'set-role': {
        const [username, role] = positional(args, 2);
        const user = await updateUser(db, username!, { role: checkRole(role!) });
        io.out(`${user.username} is now ${user.role}.`);
        return 0;
      }
      case 'disable':
      case 'enable': {
        const [username] = positional(args, 1);
        const user = await updateUser(db, username!, { disabled: command === 'disable' });
        io.out(`${user.username} is ${user.disabled ? 'disabled; its sessions ended' : 'enabled'}.`);
        return 0;
      }
      case 'reset-password': {
        const pw = await password(args, io);
        const [username] = positional(args, 1);
        const user = await updateUser(db, username!, { password: pw.value });
        io.out(`New password set for ${user.username}; its sessions ended.`);
        if (pw.generated) io.out(`Password (shown only now): ${pw.value}`);
        return 0;
      }
      case 'delete': {
        const [username] = positional(args, 1);
        if (!(await deleteUser(db, username!))) throw new AccountError(`No user "${username}".`, 'NOT_FOUND');
        io.out(`Deleted ${username} with its tokens and sessions.`);
        return 0;
      }
      case 'token':
        return await tokenCommand(db, args, io);
      default:
        throw new UsageError(command ? `unknown command "${command}"` : 'no command');
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.out(`${e.message}\n${usage}`);
      return 2;
    }
    if (e instanceof AccountError) {
      io.out(e.message);
      return 1;
    }
    throw e;
  }
}

async function tokenCommand(db: Executor, args: string[], io: CommandIo): Promise<number> {
  const sub = args.shift();
  switch (sub) {
    case 'create': {
      const roleArg = option(args, '--role');
      const [username, name] = positional(args, 2);
      const owner = await findUser(db, username!);
      if (!owner) throw new AccountError(`No user "${username}".`, 'NOT_FOUND');
      const role: Role = roleArg === undefined ? owner.role : checkRole(roleArg);
      const { secret, token } = await createApiToken(db, { userId: owner.id, name: name!, role });
      io.out(`Token ${token.id} "${token.name}" for ${token.owner} (${token.role}; never more than the owner's role).`);
      io.out(`Secret (shown only now; send as "Authorization: Bearer <secret>"): ${secret}`);
      return 0;
    }
    case 'list': {
      const [username] = positional(args, 0, 1);
      let userId: string | null = null;
      if (username) {
        const owner = await findUser(db, username);
        if (!owner) throw new AccountError(`No user "${username}".`, 'NOT_FOUND');
        userId = owner.id;
      }
      const tokens = await listApiTokens(db, userId);
      if (tokens.length === 0) io.out('No tokens.');
      for (const t of tokens) {
        io.out(`${t.id}  ${t.owner}  "${t.name}"  ${t.role}  ${t.revoked ? 'REVOKED' : 'live'}  last used ${t.lastUsedAt ?? 'never'}`);
      }
      return 0;
    }
    case 'revoke': {
      const [id] = positional(args, 1);
      if (!(await revokeApiToken(db, id!, { userId: null }))) throw new AccountError(`No token "${id}".`, 'NOT_FOUND');
      io.out(`Revoked ${id}.`);
      return 0;
    }
    default:
      throw new UsageError(sub ? `unknown token command "${sub}"` : 'token needs create, list or revoke');
  }
}
