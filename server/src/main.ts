// Starts the app: database (embedded unless NEO4J_URI is set), migrations, seeds when the
// graph is empty, then the HTTP server. Stops everything cleanly on SIGINT/SIGTERM.
import { bootstrapAdmin } from './auth/bootstrap.js';
import { accountMigrationsDir, formatMoved, moveCredentials } from './auth/move-credentials.js';
import { ConfigError, loadConfig } from './config.js';
import { connectDatabase, type Connection } from './db/connect.js';
import { DatabaseUnavailableError } from './db/errors.js';
import { migrate } from './db/migrate.js';
import { readinessProbe } from './health.js';
import { createHttpServer } from './http.js';
import { formatCounts, loadSeeds } from './seed/load.js';
import { readSeeds } from './seed/read-seeds.js';
import { createApp } from './yoga.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const connection: Connection = await connectDatabase(config);
  const { executor } = connection;
  const authExecutor = connection.accounts.executor;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    console.log('Stopping …');
    server.close();
    await connection.stop().catch((e: unknown) => console.error(e));
    process.exit(code);
  };

  const server = createHttpServer(
    createApp({
      executor,
      authExecutor,
      production: config.nodeEnv === 'production',
      publicRead: config.auth.publicRead,
      auth: { sessionTtlSeconds: config.auth.sessionTtlSeconds },
    }),
    undefined,
    readinessProbe({ graph: executor, accounts: authExecutor }),
  );
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));

  try {
    console.log(`Connected to ${connection.describe} and ${connection.accounts.describe}.`);
    // A database that dies while these run (the seed load, say) is restarted by its supervisor;
    // every step is idempotent, so start-up waits for it and runs them again.
    for (let attempt = 1; ; attempt++) {
      try {
        const m = await migrate(executor, { log: (line) => console.log(line) });
        console.log(`Migrations: ${m.applied.length} applied, ${m.alreadyApplied.length} already applied.`);
        await migrate(authExecutor, { dir: accountMigrationsDir, log: (line) => console.log(`credential store: ${line}`) });
        const moved = await moveCredentials(executor, authExecutor);
        if (moved.users + moved.tokens + moved.sessions > 0) console.log(`Credentials moved out of the graph: ${formatMoved(moved)}.`);
        const [{ count } = { count: 0 }] = await executor.read<{ count: number }>('api/domain-node-count');
        if (count === 0) {
          console.log('The graph is empty: loading seeds …');
          const result = await loadSeeds(executor, readSeeds(config.seedsDir));
          console.log(formatCounts(result.counts));
        }
        // After the seed check: the seed-on-empty test counts every non-migration node.
        await bootstrapAdmin(authExecutor, { adminPassword: config.auth.adminPassword, log: (line) => console.log(line) });
        break;
      } catch (e) {
        const supervised = [connection.embedded, connection.accounts.embedded].filter((d) => d !== undefined);
        if (!(e instanceof DatabaseUnavailableError) || supervised.length === 0 || attempt >= 5) throw e;
        console.log(`A database went away during start-up (${e.message}); waiting for it to come back …`);
        // The supervisor may not have seen the exit yet: give it a moment before asking.
        await new Promise((r) => setTimeout(r, 1_000));
        await Promise.all(supervised.map((d) => d.whenUp()));
      }
    }
    console.log(`Anonymous read access (PUBLIC_READ): ${config.auth.publicRead}.`);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, resolve);
    });
  } catch (e) {
    console.error(e instanceof Error ? `${e.name}: ${e.message}` : e);
    await stop(1);
    return;
  }
  const url = `http://${config.host}:${config.port}/`;
  console.log(`\n产业链图谱 is running: ${url}  (GraphQL: ${url}graphql)\n`);
}

main().catch((e: unknown) => {
  console.error(e instanceof ConfigError ? e.message : e);
  process.exit(1);
});
