// Backup and restore from the shell (see docs/deploy.md):
//
//   backup [file]            write a backup (default .data/backups/chain-graph-<time>.jsonl.gz)
//   restore <file> [--wipe]  restore into an empty database (--wipe: delete everything first)
//   check <file>             read a backup file through and print what it holds
//   --accounts               (with backup or restore) the credential store instead of the graph:
//                            accounts, sessions and token hashes live in a Neo4j of their own
//                            (AUTH_NEO4J_*), so a full backup is two files; default name
//                            .data/backups/accounts-<time>.jsonl.gz
//
// With the embedded Neo4j a backup runs while the app runs (it uses the app's database); a
// restore needs the app stopped. Exit codes: 0 done, 1 refused (bad file, database not empty,
// kept changing), 2 other failure.
import path from 'node:path';
import { loadConfig, repoRoot } from '../../config.js';
import { runCli } from '../../run-cli.js';
import { connectTool } from './connect-tool.js';
import { backup, InconsistentBackupError } from './export.js';
import { BackupFileError } from './format.js';
import { checkBackupFile, restore, RestoreRefusedError } from './restore.js';

const usage = 'usage: backup [file] [--accounts] | restore <file> [--wipe] [--accounts] | check <file>';

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const flags = rest.filter((a) => a.startsWith('--'));
  const [file, ...extra] = rest.filter((a) => !a.startsWith('--'));
  const unknownFlags = flags.filter((f) => !(command === 'restore' && f === '--wipe') && !(command !== 'check' && f === '--accounts'));
  const store = flags.includes('--accounts') ? 'accounts' : 'graph';
  if (!command || extra.length || unknownFlags.length || (command !== 'backup' && !file)) {
    console.error(unknownFlags.length ? `unknown option(s): ${unknownFlags.join(' ')}\n${usage}` : usage);
    return 2;
  }
  const log = (line: string) => console.log(line);
  // Relative to where the user typed the command (npm/pnpm run scripts from the package folder).
  const here = (f: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), f);
  try {
    if (command === 'check') {
      const c = await checkBackupFile(here(file!));
      log(
        `${file}: ${c.nodes} nodes, ${c.relationships} relationships, ${c.schema} schema statements; database ${c.database}, taken ${c.createdAt} (transaction ${c.lastCommittedTxn})`,
      );
      return 0;
    }
    if (command !== 'backup' && command !== 'restore') {
      console.error(usage);
      return 2;
    }
    const config = loadConfig();
    const connection = await connectTool(config, log, store);
    try {
      log(`Connected to ${connection.describe}.`);
      if (command === 'backup') {
        const stamp = new Date().toISOString().replace(/[:.]/g, '-');
        const target = file
          ? here(file)
          : path.join(repoRoot, '.data', 'backups', `${store === 'graph' ? 'chain-graph' : 'accounts'}-${stamp}.jsonl.gz`);
        const database = store === 'graph' ? config.neo4j.database : config.accounts.database;
        const r = await backup(target, { db: connection.executor, system: connection.system, database, log });
        log(
          `Backup written: ${r.file}\n  ${r.nodes} nodes, ${r.relationships} relationships, ${r.schema} schema statements; transaction ${r.lastCommittedTxn}; ${Math.round(r.ms)} ms`,
        );
      } else {
        const r = await restore(here(file!), { db: connection.executor, wipe: flags.includes('--wipe'), log });
        log(`Restored ${r.nodes} nodes, ${r.relationships} relationships, ${r.schema} schema statements in ${Math.round(r.ms)} ms.`);
      }
      return 0;
    } finally {
      await connection.stop();
    }
  } catch (e) {
    if (e instanceof BackupFileError || e instanceof RestoreRefusedError || e instanceof InconsistentBackupError) {
      console.error(e.message);
      return 1;
    }
    throw e;
  }
}

runCli(main);
