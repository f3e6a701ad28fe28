// Manages accounts and API tokens from the shell:
//
//   pnpm --filter @chain-graph/server user <command> …     (commands: see user-commands.ts)
//
// Uses the same configuration as the server. The embedded Neo4j holds a lock on its data
// folder, so with NEO4J_URI unset stop the server first (or point NEO4J_URI at the running one).
// Exit codes: 0 done, 1 refused (unknown user, taken name …), 2 usage or other failure.
import { loadConfig } from '../config.js';
import { connectDatabase } from '../db/connect.js';
import { migrate } from '../db/migrate.js';
import { accountMigrationsDir, moveCredentials } from './move-credentials.js';
import { runUserCommand, usage } from './user-commands.js';
import { runCli } from '../run-cli.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function main(argv: string[]): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === 'help') {
    console.log(usage);
    return argv.length === 0 ? 2 : 0;
  }
  const config = loadConfig();
  const log = (line: string) => console.error(line);
  const connection = await connectDatabase(config, log);
  try {
    const accounts = connection.accounts.executor;
    // The credential store's constraints come with its migrations; accounts still in the graph
    // (from before the store existed) move first, so the commands see every account.
    await migrate(connection.executor, { log });
    await migrate(accounts, { dir: accountMigrationsDir, log });
    await moveCredentials(connection.executor, accounts);
    return await runUserCommand(accounts, argv, { out: (line) => console.log(line), readPassword: readStdin });
  } finally {
    await connection.stop();
  }
}

runCli(main);
