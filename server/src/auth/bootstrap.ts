// The first account: with no user in the database, start-up creates `admin` with ADMIN_PASSWORD
// or a random password printed once, so a fresh install can be signed into and nothing ships
// with a default password.
import type { Executor } from '../db/executor.js';
import { countUsers, createUser } from './accounts.js';
import { randomPassword } from './passwords.js';

export async function bootstrapAdmin(
  db: Executor,
  opts: { adminPassword: string | undefined; log: (line: string) => void },
): Promise<'created' | 'exists'> {
  if ((await countUsers(db)) > 0) return 'exists';
  const password = opts.adminPassword ?? randomPassword();
  await createUser(db, { username: 'admin', password, role: 'admin' });
  if (opts.adminPassword) {
    opts.log('No users yet: created "admin" with the password from ADMIN_PASSWORD.');
  } else {
    opts.log(
      `No users yet: created "admin" with the password\n\n    ${password}\n\n` +
        'It is shown only this once. Sign in with it and change it (mutation changePassword), or set a new\n' +
        'one with `npx -y pnpm@10 --filter @chain-graph/server user reset-password admin` (server stopped).',
    );
  }
  return 'created';
}
